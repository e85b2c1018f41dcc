using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Mail;

/// <summary>Who writes to whom and why; <see cref="SessionId"/> when the mail is written from a session's page.</summary>
public sealed record PeerMailContext(int FromNetworkId, int PeerNetworkId, MailPurpose Purpose, int? SessionId = null);
