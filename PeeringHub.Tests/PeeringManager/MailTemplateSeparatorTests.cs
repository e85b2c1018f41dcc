using PeeringHub.Core.Mail;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>A signature line of placeholders separated by "|" leaves no empty separators when identity fields are empty.</summary>
[Trait("Kind", "Unit")]
public class MailTemplateSeparatorTests
{
    static string Signature(string name, string web, string phone) =>
        MailTemplate.Render(DefaultTemplates.PeeringRequest, new Dictionary<string, string>
        {
            ["org.name"] = name, ["org.web"] = web, ["org.phone"] = phone, ["sender"] = "alice",
        }).Body.Split('\n')[^1];

    [Theory]
    [InlineData("Demo Org", "https://demo.example", "+49 69 1", "Demo Org | https://demo.example | +49 69 1")]
    [InlineData("Demo Org", "", "", "Demo Org")]
    [InlineData("Demo Org", "", "+49 69 1", "Demo Org | +49 69 1")]
    [InlineData("", "https://demo.example", "", "https://demo.example")]
    public void Empty_identity_fields_leave_no_separator(string name, string web, string phone, string expected) =>
        Assert.Equal(expected, Signature(name, web, phone));

    [Fact]
    public void Separators_the_author_wrote_without_placeholders_and_inside_values_stay()
    {
        var (_, body) = MailTemplate.Render("Subject: s\nA | | B\nvia {{x}}", new Dictionary<string, string> { ["x"] = "a | b" });
        Assert.Equal("A | | B\nvia a | b", body);
    }
}
