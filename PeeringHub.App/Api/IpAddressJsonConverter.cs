using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Api;

/// <summary>IP addresses as their usual text ("192.0.2.1", "2001:db8::1") in API JSON.</summary>
public sealed class IpAddressJsonConverter : JsonConverter<IPAddress>
{
    public override IPAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IpPrefix.TryParseAddress(reader.GetString(), out var address) ? address : throw new JsonException("Not an IP address (four decimal octets without leading zeros, or IPv6).");

    public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
