using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal static class EntityBaseConventions
{
    public static void ConfigureBase<T>(this EntityTypeBuilder<T> b) where T : EntityBase
    {
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.UpdatedBy).HasMaxLength(256);
    }

    /// <summary>SQL fragment: column is a valid ASN (1..4294967295).</summary>
    public static string AsnCheck(string column) => $"\"{column}\" BETWEEN 1 AND 4294967295";

    /// <summary>SQL fragment: the textual address is IPv4 (dotted, no colon) or IPv6 (has a colon).</summary>
    public static string IsV4(string column) => $"(instr(\"{column}\", ':') = 0 AND instr(\"{column}\", '.') > 0)";
    public static string IsV6(string column) => $"instr(\"{column}\", ':') > 0";
}
