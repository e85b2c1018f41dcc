using PeeringHub.Core.Domain;

namespace PeeringHub.Tests.Unit;

public class AsnTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4294967295, true)]
    [InlineData(4294967296, false)]
    public void Range(long asn, bool valid) => Assert.Equal(valid, Asn.IsValid(asn));
}
