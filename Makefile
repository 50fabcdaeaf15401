# rectrack — the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
BIN := .build/debug/rectrack

.PHONY: all build run test test-swift test-schemas test-bench-summary release bench fuzz docs clean c-libraries

all: build

# libyaml and mimalloc come from Debian's libyaml-dev and libmimalloc-dev; install what is missing.
c-libraries:
	@scripts/ensure-c-libraries.sh

build: c-libraries
	$(SWIFT) build

# Builds, then prints the status table of the shipped recommendations.
run: build
	@$(BIN) status

# Builds, then runs every test: the JSON Schema checks, the output-schema checks, the benchmark summary's check and
# the Swift tests, each stage's output kept in .build/test-logs/, ending with one summary of what ran and what was
# skipped and why (scripts/run-tests.sh). The targets below run one stage with its whole output.
test: build
	@SWIFT="$(SWIFT)" SWIFT_TEST_FLAGS="$(XCTEST)" scripts/run-tests.sh $(BIN)

test-bench-summary:
	@python3 Benchmarks/test_summarize.py

test-schemas: build
	@scripts/check-schemas.sh
	@scripts/check-output-schemas.sh $(BIN)

# Every test is a Swift Testing test. XCTest runs too only when a test file imports it (none does), so that
# its empty "Executed 0 tests" summaries do not follow, and bury, the real one.
XCTEST := $(if $(shell grep -rlsE --include='*.swift' '^[[:space:]]*(@testable )?import XCTest' Tests),--enable-xctest,--disable-xctest)

test-swift: build
	$(SWIFT) test $(XCTEST)

# The release binary carries the Swift runtime inside it: it starts in about half the time (no Swift
# libraries to load and link at each run) and runs on a machine without Swift. Only the tool is built: the
# test-support target imports Swift Testing, which has no static library to link against.
release: c-libraries
	$(SWIFT) build -c release --static-swift-stdlib --product rectrack

# Times rectrack against raw libyaml and PyYAML on synthetic trackers (see BENCHMARKS.md).
bench: release
	RECTRACK=.build/release/rectrack Benchmarks/run.sh

# Fuzzes loading and assessment, the command line's dates, quarters and --bears-on, and the renderers, under
# AddressSanitizer; FUZZ_SECONDS is shared by the three targets (see Fuzz/README.md).
FUZZ_SECONDS ?= 600
fuzz: c-libraries
	Fuzz/run.sh $(FUZZ_SECONDS)

# Regenerates the reference docs and the README's "Where things stand" from the code and data.
docs: build
	@scripts/update-docs.sh $(BIN)

clean:
	rm -rf .build
