namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Stops and starts the lab's own daemons the way lab.sh does, recording new PIDs in the lab's list so
/// "lab.sh down" still removes them.</summary>
public static class LabDaemons
{
    public static int Pid(string pidFile) => int.Parse(File.ReadAllText(pidFile).Trim());

    public static async Task StopAsync(params int[] pids)
    {
        foreach (var pid in pids) await RouterLabFixture.Run("kill", ["-TERM", pid.ToString()]);
        for (var i = 0; i < 50 && pids.Any(Alive); i++) await Task.Delay(100);
        Assert.False(pids.Any(Alive), "daemon did not stop");
    }

    /// <summary>Runs a daemon that writes <paramref name="pidFile"/> and records its PID for lab.sh down.</summary>
    public static async Task<int> StartAsync(RouterLabFixture lab, string pidFile, string file, params string[] args)
    {
        File.Delete(pidFile);
        var r = await RouterLabFixture.Run(file, args);
        Assert.True(r.ExitCode == 0, $"{file} failed: {r.Stderr}");
        for (var i = 0; i < 50 && !(File.Exists(pidFile) && File.ReadAllText(pidFile).Trim().Length > 0); i++) await Task.Delay(100);
        var pid = Pid(pidFile);
        await File.AppendAllTextAsync(Path.Combine(lab.LabDir, "pids"), pid + "\n");
        return pid;
    }

    // a zombie counts as dead (PID 1 here reaps late)
    private static bool Alive(int pid)
    {
        try { return !File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].StartsWith('Z'); }
        catch (IOException) { return false; }
    }

    /// <summary>Stops the lab's sshd: its listener and every per-connection process (all connections drop).</summary>
    public static async Task StopSshdAsync(RouterLabFixture lab)
    {
        var listener = Pid(Path.Combine(lab.LabDir, "ssh", "sshd.pid"));
        await StopAsync([listener, .. LabProcesses.ChildrenOf(listener).Select(c => c.Pid)]);
    }

    public static Task<int> StartSshdAsync(RouterLabFixture lab) =>
        StartAsync(lab, Path.Combine(lab.LabDir, "ssh", "sshd.pid"), "/usr/sbin/sshd",
            "-f", Path.Combine(lab.LabDir, "ssh", "sshd_config"), "-E", Path.Combine(lab.LabDir, "logs", "sshd.log"));

    /// <summary>Restarts the router's BIRD as lab.sh starts it (in the router namespace, control socket for the lab user).</summary>
    public static async Task RestartBirdAsync(RouterLabFixture lab)
    {
        var rtr = lab.Env["RTR_DIR"];
        await StopAsync(Pid(Path.Combine(rtr, "bird.pid")));
        await StartAsync(lab, Path.Combine(rtr, "bird.pid"), "ip", "netns", "exec", lab.Env["RTR_NS"], "/usr/sbin/bird",
            "-c", Path.Combine(rtr, "bird.conf"), "-s", Path.Combine(rtr, "bird.ctl"), "-P", Path.Combine(rtr, "bird.pid"));
        await RouterLabFixture.Run("chgrp", [lab.Env["LAB_USER"], Path.Combine(rtr, "bird.ctl")]);
        await RouterLabFixture.Run("chmod", ["660", Path.Combine(rtr, "bird.ctl")]);
    }
}
