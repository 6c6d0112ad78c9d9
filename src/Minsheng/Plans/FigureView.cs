namespace Minsheng.Plans;

/// <summary>
/// Which reported figures a view of a plan counts. Everyone sees what is published; a unit at work
/// on its month sees its newest figures wherever they are in the chain (a returned month too, to
/// correct it). A past month is seen as it was published: without the versions published after it.
/// </summary>
public sealed record FigureView(bool Pending, DateTimeOffset? PublishedBy)
{
    public static readonly FigureView Published = new(false, null);

    public static readonly FigureView Working = new(true, null);

    public static FigureView AsPublishedAt(DateTimeOffset at) => new(false, at);
}
