using Site.Clicks.Counting;

namespace Site.Clicks.Tests;

public sealed class BurstFilterTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Clients_are_forgotten_once_quiet_so_memory_does_not_grow_with_the_log()
    {
        var accepted = 0;
        var filter = new BurstFilter(BurstRule.Default, _ => 4, _ => accepted++);
        var mostHeld = 0;

        // A long log: 50,000 different readers, one click every 2 seconds.
        for (var i = 0; i < 50_000; i++)
        {
            filter.Add(Click((ulong)i, "whos-in-charge", Start.AddSeconds(i * 2)));
            mostHeld = Math.Max(mostHeld, filter.ClientsHeld);
        }

        Assert.True(mostHeld <= 6, $"{mostHeld} clients held at once");
        filter.Flush();
        Assert.Equal(50_000, accepted);
        Assert.Equal(0, filter.ClientsHeld);
    }

    [Fact]
    public void Clicks_of_a_burst_are_held_back_and_never_passed_on()
    {
        var accepted = new List<Click>();
        var filter = new BurstFilter(BurstRule.Default, _ => 4, accepted.Add);

        filter.Add(Click(1, "a", Start));
        filter.Add(Click(1, "b", Start.AddSeconds(1)));
        Assert.Empty(accepted);
        filter.Add(Click(1, "c", Start.AddSeconds(2)));
        filter.Add(Click(2, "a", Start.AddSeconds(60)));
        filter.Flush();

        Assert.Equal(3, filter.Dropped);
        Assert.Equal([2UL], accepted.Select(click => click.Client.Run));
    }

    private static Click Click(ulong client, string link, DateTimeOffset time) =>
        new("spring-2024", link, DateOnly.FromDateTime(time.DateTime), time.UtcTicks, new ClientKeys(client, client));
}
