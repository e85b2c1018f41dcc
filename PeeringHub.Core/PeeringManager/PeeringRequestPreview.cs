using PeeringHub.Core.Mail;

namespace PeeringHub.Core.PeeringManager;

/// <summary>What the request dialog opens with: the composed mail, the request history and the test-mode state.</summary>
public sealed record PeeringRequestPreview(
    PeeringManagerResult Result, MailDraft? Draft, DateTime? LastSentAt, int RequestCount, bool SentRecently, int RepeatWarningDays,
    bool TestMode, string? TestAddress);
