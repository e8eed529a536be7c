using System.Collections.Frozen;

namespace SiteGen.Text.Names;

/// <summary>Common English first names (lowercase keys): a capitalised word from this list usually starts a person's name.</summary>
internal static class EnglishFirstNames
{
    public static FrozenSet<string> All { get; } = new[]
    {
        "aaron", "adam", "alan", "albert", "alex", "alexander", "alice", "amanda", "amy", "andrea", "andrew", "angela", "ann",
        "anna", "anne", "anthony", "arthur", "ashley", "austin", "barbara", "ben", "benjamin", "betty", "beverly", "bill",
        "billy", "bob", "bobby", "brandon", "brenda", "brian", "bruce", "bryan", "carl", "carol", "carolyn", "catherine",
        "charles", "charlie", "charlotte", "cheryl", "chris", "christian", "christina", "christine", "christopher",
        "cynthia", "dan", "daniel", "danielle", "dave", "david", "deborah", "dennis", "diana", "diane", "donald", "donna",
        "doris", "dorothy", "douglas", "dylan", "edward", "elizabeth", "emily", "emma", "eric", "ethan", "eugene",
        "evelyn", "frances", "francis", "frank", "fred", "gabriel", "gary", "george", "gerald", "gloria", "grace", "greg",
        "gregory", "hannah", "harold", "harry", "heather", "helen", "henry", "ian", "isaac", "jack", "jacob", "james",
        "jane", "janet", "jason", "jean", "jeff", "jeffrey", "jennifer", "jeremy", "jerry", "jessica", "jim", "jimmy",
        "joan", "joe", "john", "johnny", "jon", "jonathan", "jordan", "joseph", "joshua", "joyce", "judith", "judy",
        "julia", "julie", "justin", "karen", "kate", "katherine", "kathleen", "kathryn", "keith", "kelly", "kenneth",
        "kevin", "kim", "kimberly", "kyle", "larry", "laura", "lauren", "lawrence", "linda", "lisa", "louis", "margaret",
        "maria", "marie", "mark", "martha", "martin", "mary", "matt", "matthew", "megan", "melissa", "michael",
        "michelle", "mike", "nancy", "nathan", "nicholas", "nick", "nicole", "noah", "olivia", "pamela", "patricia",
        "patrick", "paul", "peter", "philip", "rachel", "ralph", "randy", "ray", "raymond", "rebecca", "richard",
        "rick", "robert", "roger", "ronald", "rose", "roy", "russell", "ruth", "ryan", "sam", "samantha", "samuel",
        "sandra", "sara", "sarah", "scott", "sean", "sharon", "shirley", "sophia", "stephanie", "stephen", "steve",
        "steven", "susan", "teresa", "terry", "theresa", "thomas", "tim", "timothy", "tom", "tony", "tyler",
        "victoria", "vincent", "walter", "wayne", "william", "zachary",
    }.ToFrozenSet(StringComparer.Ordinal);
}
