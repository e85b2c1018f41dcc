namespace PeeringHub.Core.Domain;

/// <summary>Why we write to a peer; picks the contact role for To and the template.</summary>
public enum MailPurpose { PeeringRequest, NocContact, MaintenanceNotice }
