namespace SiteGen.Text.Names;

/// <summary>What kind of thing a name stands for.</summary>
public enum EntityType
{
    Other,
    Person,
    Organization,
    Work,
    Place,
    Event,
}
