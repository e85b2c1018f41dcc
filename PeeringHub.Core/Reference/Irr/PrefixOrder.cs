using System.Net;

namespace PeeringHub.Core.Reference.Irr;

/// <summary>Normalises and orders prefixes by address, then length — the order bgpq4 prints them in.</summary>
public static class PrefixOrder
{
    public static IReadOnlyList<string> Normalize(IEnumerable<string> prefixes) =>
        prefixes.Select(p => IPNetwork.TryParse(p, out var n) ? n
                : throw new IrrException(IrrErrorKind.Protocol, $"IRR returned an invalid prefix '{p}'"))
            .Distinct()
            .OrderBy(n => n.BaseAddress.GetAddressBytes(), ByteOrder.Instance)
            .ThenBy(n => n.PrefixLength)
            .Select(n => n.ToString())
            .ToList();

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
