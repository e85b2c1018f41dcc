using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Core.Security;

namespace PeeringHub.Tests.PeeringManager;

[Trait("Kind", "PeeringManager")]
public class PeeringManagerSettingsTests
{
    [Fact]
    public void Validator_requires_a_test_address_in_test_mode_and_a_subject_line_in_the_template()
    {
        var validator = new PeeringManagerSettingsValidator();
        var bad = new PeeringManagerSettings { TestMode = true, SmtpPort = 0, RequestTemplate = "Hello {{peer.name}}", MailFrom = "not an address" };
        var errors = validator.Validate(bad).Errors.Select(e => e.PropertyName).ToHashSet();
        Assert.Equal(new HashSet<string> { "TestAddress", "SmtpPort", "RequestTemplate", "MailFrom" }, errors);
        Assert.True(validator.Validate(new PeeringManagerSettings { TestMode = true, TestAddress = "t@ix.example", RequestTemplate = "Subject: x\nbody" }).IsValid);
    }

    [Fact]
    public async Task Smtp_password_is_stored_encrypted_kept_when_not_retyped_cleared_on_request_and_masked_in_the_audit()
    {
        await using var db = new PmTestDb(new Dictionary<string, string?> { ["PeeringHub:PeeringManager:SmtpHost"] = "smtp.example" });
        var store = db.Services.GetRequiredService<PeeringManagerSettingsStore>();
        Assert.Equal("smtp.example", (await store.GetAsync()).SmtpHost);

        async Task SaveAsync(string? password, Action<PeeringManagerSettings>? change = null)
        {
            await using var scope = db.Scope();
            var settings = await store.GetAsync();
            change?.Invoke(settings);
            await store.SaveAsync(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>(), settings, password);
        }

        await SaveAsync("s3cret-pass");
        var stored = (await store.GetAsync()).SmtpPasswordProtected!;
        Assert.DoesNotContain("s3cret-pass", stored);
        Assert.Equal("s3cret-pass", db.Services.GetRequiredService<ISecretProtector>().Unprotect(stored));

        await SaveAsync(null, s => s.OrganisationName = "Our Org");
        Assert.Equal(stored, (await store.GetAsync()).SmtpPasswordProtected);
        Assert.Equal("Our Org", (await store.GetAsync()).OrganisationName);

        await SaveAsync("");
        Assert.Null((await store.GetAsync()).SmtpPasswordProtected);

        await using var check = db.Scope();
        var audit = await check.ServiceProvider.GetRequiredService<PeeringHubDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ObjectType == nameof(PeeringManagerSettings)).ToListAsync();
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.DoesNotContain(stored, (a.Before ?? "") + (a.After ?? "")));
        Assert.Contains(AuditSerializer.Mask, audit[0].After);
    }

    [Fact]
    public async Task Template_from_the_settings_page_wins_over_the_file_which_wins_over_the_built_in_one()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pm-template-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Subject: From the file AS{{our.asn}}\nBody from the file for {{peer.name}} {{unknown}}");
        try
        {
            await using var db = new PmTestDb(new Dictionary<string, string?> { ["PeeringHub:PeeringManager:TemplateFile"] = file });
            var store = db.Services.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            Assert.StartsWith("Subject: From the file", store.ResolveTemplate(settings));
            var (subject, body) = MailTemplate.Render(store.ResolveTemplate(settings), new Dictionary<string, string> { ["our.asn"] = "64500", ["peer.name"] = "X" });
            Assert.Equal("From the file AS64500", subject);
            Assert.Equal("Body from the file for X {{unknown}}", body);

            settings.RequestTemplate = "Subject: From the page\nbody";
            Assert.StartsWith("Subject: From the page", store.ResolveTemplate(settings));
        }
        finally
        {
            File.Delete(file);
        }
        await using var plain = new PmTestDb();
        var builtIn = plain.Services.GetRequiredService<PeeringManagerSettingsStore>();
        Assert.Equal(DefaultTemplates.PeeringRequest, builtIn.ResolveTemplate(await builtIn.GetAsync()));
    }
}
