namespace PeeringHub.Core.Data;

/// <summary>
/// Database-side guard that an address on a peering LAN has the family of one of the LAN's prefixes
/// (a CHECK constraint cannot look at another table in SQLite, a trigger can). Prefix containment is checked by the validators.
/// </summary>
internal static class LanFamilyTriggers
{
    const string SessionCondition = """
        NEW."PeeringLanId" IS NOT NULL AND (
          (NEW."AddressFamily" = 4 AND (SELECT "Ipv4Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL) OR
          (NEW."AddressFamily" = 6 AND (SELECT "Ipv6Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL))
        """;

    const string MemberCondition = """
        (NEW."Ipv4Address" IS NOT NULL AND (SELECT "Ipv4Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL) OR
        (NEW."Ipv6Address" IS NOT NULL AND (SELECT "Ipv6Prefix" FROM "PeeringLans" WHERE "Id" = NEW."PeeringLanId") IS NULL)
        """;

    public static IEnumerable<string> Create()
    {
        foreach (var op in new[] { "INSERT", "UPDATE" })
        {
            yield return $"""
                CREATE TRIGGER "TR_Sessions_LanFamily_{op}" BEFORE {op} ON "Sessions" WHEN {SessionCondition}
                BEGIN SELECT RAISE(ABORT, 'session address family has no prefix on its peering LAN'); END;
                """;
            yield return $"""
                CREATE TRIGGER "TR_Members_LanFamily_{op}" BEFORE {op} ON "Members" WHEN {MemberCondition}
                BEGIN SELECT RAISE(ABORT, 'member address family has no prefix on its peering LAN'); END;
                """;
        }
    }

    public static IEnumerable<string> Drop() =>
        from table in new[] { "Sessions", "Members" }
        from op in new[] { "INSERT", "UPDATE" }
        select $"DROP TRIGGER IF EXISTS \"TR_{table}_LanFamily_{op}\";";
}
