using Site.Generator.Newsletters;

namespace Site.Tests.Newsletters;

public sealed class LinkIdsTests
{
    [Fact]
    public void Words_become_a_slug_and_repeats_are_numbered_in_order()
    {
        var ids = LinkIds.Assign([new(null, "Read more"), new(null, "Read more"), new(null, "Read  more!"), new(null, "Who's in Charge?")]);

        Assert.Equal(new[] { "read-more", "read-more-2", "read-more-3", "whos-in-charge" }, ids);
    }

    [Fact]
    public void An_explicit_id_wins_over_an_earlier_link_whose_words_give_the_same_slug()
    {
        var ids = LinkIds.Assign([new(null, "Films"), new("films", "The films")]);

        Assert.Equal(new[] { "films-2", "films" }, ids);
    }

    [Fact]
    public void Numbering_skips_ids_that_are_already_taken()
    {
        var ids = LinkIds.Assign([new("read-more-2", "Other"), new(null, "Read more"), new(null, "Read more")]);

        Assert.Equal(new[] { "read-more-2", "read-more", "read-more-3" }, ids);
    }

    [Fact]
    public void Adding_a_link_at_the_end_changes_no_earlier_id()
    {
        List<LinkIdRequest> links = [new(null, "Read more"), new("toolkit", "Toolkit"), new(null, "Read more")];
        var before = LinkIds.Assign(links);

        var after = LinkIds.Assign([.. links, new(null, "Read more")]);

        Assert.Equal(before, after.Take(before.Count));
    }

    [Fact]
    public void Words_with_nothing_sluggable_get_a_fallback_and_long_words_are_cut_at_a_hyphen()
    {
        Assert.Equal("link", LinkIds.FromText("→ ↩"));
        Assert.Equal("cafe-creche", LinkIds.FromText("Café crèche"));
        var id = LinkIds.FromText("Watch and share the Who's in Charge? films from Birmingham Community Healthcare with parents");
        Assert.True(id.Length <= LinkIds.MaxDerivedLength);
        Assert.Equal("watch-and-share-the-whos-in-charge-films-from-birmingham", id);
    }

    [Theory]
    [InlineData("whos-in-charge", true)]
    [InlineData("module-5a", true)]
    [InlineData("Whos-In-Charge", false)]
    [InlineData("whos_in_charge", false)]
    [InlineData("-start", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("fnref:1", false)]
    public void Only_lower_case_hyphenated_words_are_valid_ids(string id, bool valid) =>
        Assert.Equal(valid, LinkIds.IsValid(id));
}
