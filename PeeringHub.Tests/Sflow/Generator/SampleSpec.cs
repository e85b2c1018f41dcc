namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>What a generated sample is, and what it should count as.</summary>
public enum SampleKind { Flow, Counter, Discard }

/// <summary>
/// One sample of a generated datagram. Flow samples carry a frame captured to <see cref="HeaderBytes"/> bytes,
/// optionally an extended switch record (<see cref="SwitchVlan"/>, 0xFFFFFFFF = unknown) and an unknown enterprise record.
/// </summary>
public sealed record SampleSpec(
    SampleKind Kind, FrameSpec? Frame = null, int HeaderBytes = 128, bool Expanded = false,
    uint? SwitchVlan = null, bool UnknownRecord = false, uint SamplingRate = 10000, uint InputIf = 3, uint OutputIf = 7);
