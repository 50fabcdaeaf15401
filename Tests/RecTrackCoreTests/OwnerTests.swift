import Testing
import RecTrackCore

@Suite("Owners and their names over time")
struct OwnerTests {
    let directory = OwnerDirectory([
        Owner(id: "DCLG", name: "Department for Communities and Local Government", aliases: ["Communities and Local Government"],
              renames: [
                  Owner.Rename(to: "MHCLG", name: "Ministry of Housing, Communities and Local Government", from: FactDate("2018-01-08")!),
                  Owner.Rename(to: "DLUHC", name: "Department for Levelling Up, Housing and Communities", from: FactDate("2021-09")!),
                  Owner.Rename(to: "MHCLG", name: "Ministry of Housing, Communities and Local Government", from: FactDate("2024-07-08")!),
              ]),
        Owner(id: "DfE", name: "Department for Education"),
    ])

    @Test(arguments: [
        ("DCLG", "2017-12-19", "DCLG"), ("MHCLG", "2019-05-01", "DCLG"), ("DLUHC", "2022-05-23", "DCLG"),
        ("MHCLG", "2025-06-20", "DCLG"), ("DLUHC", "2021-09-05", "DCLG"), ("MHCLG", "2021-09-25", "DCLG"),
        ("Communities and Local Government", "2023-01-01", "DCLG"),
        ("Department for Levelling Up, Housing and Communities", "2022-01-01", "DCLG"),
    ])
    func resolves(name: String, day: String, owner: String) {
        #expect(directory.resolve(name, on: Day(day)!) == .owner(owner))
    }

    @Test func wrongNameForTheDate() {
        #expect(directory.resolve("DLUHC", on: Day("2019-05-01")!) == .wrongDate(owner: "DCLG", expected: "MHCLG"))
        #expect(directory.resolve("MHCLG", on: Day("2017-05-01")!) == .wrongDate(owner: "DCLG", expected: "DCLG"))
        #expect(directory.resolve("DCLG", on: Day("2019-05-01")!) == .wrongDate(owner: "DCLG", expected: "MHCLG"))
        #expect(directory.resolve("Home Office", on: Day("2019-05-01")!) == .unknown)
    }

    @Test("an owner is found by any name it has had, in any case; a name no owner has had finds none")
    func ownersNamed() {
        for name in ["DCLG", "mhclg", "DLUHC", "department for levelling up, housing and communities", "Communities and Local Government"] {
            #expect(directory.owners(named: name).map(\.id) == ["DCLG"], "\(name)")
        }
        #expect(directory.owners(named: "DFE").map(\.id) == ["DfE"])
        #expect(directory.owners(named: "Home Office").isEmpty)
    }

    @Test("the names an owner had on a day")
    func namesOnADay() throws {
        let dclg = try #require(directory.owner(id: "DCLG"))
        #expect(dclg.shortName(on: Day("2017-12-31")!) == "DCLG")
        #expect(dclg.fullName(on: Day("2017-12-31")!) == "Department for Communities and Local Government")
        #expect(dclg.shortName(on: Day("2022-01-01")!) == "DLUHC")
        #expect(dclg.fullName(on: Day("2022-01-01")!) == "Department for Levelling Up, Housing and Communities")
        #expect(dclg.fullName(on: Day("2025-01-01")!) == "Ministry of Housing, Communities and Local Government")
    }
}
