/*
 * parse_only: the floor for loading a tracker.
 *
 * Walks a folder, and parses every *.yaml file in it with libyaml, event by
 * event, doing nothing with the events. Single-threaded. Each file is read
 * whole into memory first (as a loader that checks the 1 MiB limit does),
 * then parsed from that buffer.
 *
 *   cc -O2 -o parse_only parse_only.c $(pkg-config --cflags --libs yaml-0.1)
 *   parse_only ROOT        prints "<files> files, <events> events, <bytes> bytes"
 *
 * Exit status: 0 ok, 1 a file failed to parse, 66 cannot read input.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static unsigned long long n_files, n_events, n_bytes;
static unsigned char *buf;
static size_t buf_cap;
static int failed;

static int ends_with_yaml(const char *name) {
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

static void parse_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        failed = 1;
        return;
    }
    size_t len = 0;
    for (;;) {
        if (len == buf_cap) {
            buf_cap = buf_cap ? buf_cap * 2 : 1 << 16;
            buf = realloc(buf, buf_cap);
            if (!buf) { perror("realloc"); exit(70); }
        }
        size_t got = fread(buf + len, 1, buf_cap - len, f);
        len += got;
        if (got == 0) break;
    }
    fclose(f);
    n_files++;
    n_bytes += len;

    yaml_parser_t parser;
    yaml_event_t event;
    if (!yaml_parser_initialize(&parser)) { fputs("yaml_parser_initialize failed\n", stderr); exit(70); }
    yaml_parser_set_input_string(&parser, buf, len);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: error: %s\n", path,
                    parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "parse error");
            failed = 1;
            break;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        n_events++;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
}

static void walk(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "%s: %s\n", dir, strerror(errno));
        failed = 1;
        return;
    }
    struct dirent *e;
    size_t dlen = strlen(dir);
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue; /* ., .., hidden files */
        size_t n = dlen + 1 + strlen(e->d_name) + 1;
        char *path = malloc(n);
        if (!path) { perror("malloc"); exit(70); }
        snprintf(path, n, "%s/%s", dir, e->d_name);
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            if (lstat(path, &st) == 0)
                type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR)
            walk(path);
        else if (type == DT_REG && ends_with_yaml(e->d_name))
            parse_file(path);
        free(path);
    }
    closedir(d);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s ROOT\n", argv[0]);
        return 64;
    }
    struct stat st;
    if (stat(argv[1], &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "%s: not a folder\n", argv[1]);
        return 66;
    }
    walk(argv[1]);
    free(buf);
    printf("%llu files, %llu events, %llu bytes\n", n_files, n_events, n_bytes);
    return failed ? 1 : 0;
}
