namespace PeeringHub.Core.Domain;

/// <summary>Role names; each includes the rights of those after it except Member.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Operator = "Operator";
    public const string Noc = "NOC";
    public const string Member = "Member";
    public static readonly IReadOnlyList<string> All = [Admin, Operator, Noc, Member];
}
