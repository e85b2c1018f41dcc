using System.Text.Json;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Reads the API envelope <c>{"data":[...],"meta":{...}}</c> into mirror entities, all or nothing.</summary>
public static class PdbEnvelope
{
    /// <summary>Parses the whole payload before returning, so a syntax error late in a file can never leave half of it written.</summary>
    public static IReadOnlyList<PdbObject> Parse(PdbEndpoint endpoint, ReadOnlyMemory<byte> json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new PeeringDbFormatException(
                $"PeeringDB '{endpoint.Name}': malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}: {ex.Message}", ex);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                throw new PeeringDbFormatException($"PeeringDB '{endpoint.Name}': expected an object with a \"data\" array (the API envelope)");

            var list = new List<PdbObject>(data.GetArrayLength());
            var index = 0;
            foreach (var item in data.EnumerateArray())
            {
                try
                {
                    list.Add(endpoint.Map(item));
                }
                catch (PeeringDbFormatException ex) { throw Wrap(endpoint, index, ex); }
                catch (FormatException ex) { throw Wrap(endpoint, index, ex); }           // a date or number out of format
                catch (InvalidOperationException ex) { throw Wrap(endpoint, index, ex); } // a JSON value of the wrong kind
                index++;
            }
            return list;
        }
    }

    private static PeeringDbFormatException Wrap(PdbEndpoint endpoint, int index, Exception ex) =>
        new($"PeeringDB '{endpoint.Name}' record #{index}: {ex.Message}", ex);
}
