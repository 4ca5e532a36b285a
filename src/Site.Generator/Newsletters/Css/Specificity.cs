namespace Site.Generator.Newsletters.Css;

/// <summary>
/// How specific a selector is, compared id count first, then classes, then element types, as in
/// CSS Selectors Level 3. Source order breaks ties elsewhere.
/// </summary>
public readonly record struct Specificity(int Ids, int Classes, int Types) : IComparable<Specificity>
{
    public int CompareTo(Specificity other) =>
        Ids != other.Ids ? Ids.CompareTo(other.Ids)
        : Classes != other.Classes ? Classes.CompareTo(other.Classes)
        : Types.CompareTo(other.Types);

    public static Specificity operator +(Specificity a, Specificity b) => new(a.Ids + b.Ids, a.Classes + b.Classes, a.Types + b.Types);

    public static bool operator <(Specificity a, Specificity b) => a.CompareTo(b) < 0;

    public static bool operator >(Specificity a, Specificity b) => a.CompareTo(b) > 0;

    public static bool operator <=(Specificity a, Specificity b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Specificity a, Specificity b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Ids},{Classes},{Types}";
}
