using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Board;

/// <summary>The app (no demo data) managing the FRR router lab as "frr-ssh" over the lab's sshd, with the lab's 42 configured sessions.</summary>
public sealed class FrrBoardLab() : BoardLabApp<FrrLabFixture>("frr-ssh");
