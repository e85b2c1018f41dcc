using FluentValidation;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>Rules for the Settings page's peering-manager section; mail addresses are checked the way the mailer (MimeKit) will parse them.</summary>
public sealed class PeeringManagerSettingsValidator : AbstractValidator<PeeringManagerSettings>
{
    public PeeringManagerSettingsValidator()
    {
        RuleFor(s => s.DetectionWindowDays).InclusiveBetween(1, 3650);
        RuleFor(s => s.RepeatWarningDays).InclusiveBetween(0, 3650);
        RuleFor(s => s.SmtpPort).InclusiveBetween(1, 65535);
        RuleFor(s => s.SmtpSecurity).IsInEnum();
        RuleFor(s => s.SmtpTimeoutSeconds).InclusiveBetween(1, 600);
        RuleFor(s => s.TestAddress).NotEmpty().When(s => s.TestMode).WithMessage("Test mode needs a test address.");
        RuleFor(s => s.TestAddress).Must(BeAddress).When(s => !string.IsNullOrEmpty(s.TestAddress)).WithMessage("Not a valid e-mail address.");
        RuleFor(s => s.MailFrom).Must(BeAddress).When(s => !string.IsNullOrEmpty(s.MailFrom)).WithMessage("Not a valid e-mail address.");
        RuleFor(s => s.OrganisationEmail).Must(BeAddress).When(s => !string.IsNullOrEmpty(s.OrganisationEmail)).WithMessage("Not a valid e-mail address.");
        RuleFor(s => s.OrganisationNocEmail).Must(BeAddress).When(s => !string.IsNullOrEmpty(s.OrganisationNocEmail)).WithMessage("Not a valid e-mail address.");
        RuleFor(s => s.RequestTemplate).Must(t => t!.TrimStart().StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
            .When(s => !string.IsNullOrWhiteSpace(s.RequestTemplate)).WithMessage("The template's first line must be \"Subject: ...\".");
    }

    static bool BeAddress(string? value) => Mail.MailAddresses.TryParseOne(value, out _);
}
