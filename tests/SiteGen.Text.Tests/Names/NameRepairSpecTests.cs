using System.Collections.Immutable;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Names;

public sealed class NameRepairSpecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in RepairSpec.Load())
        {
            data.Add(spec.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Repairs_as_specified(string name)
    {
        var spec = RepairSpec.Load().Single(s => s.Name == name);
        var sentences = spec.Input.Select(text => new Sentence(text, TimeSpan.FromSeconds(1), "A")).ToImmutableArray();

        var result = new NameRepairer(spec.Gazetteer).Repair(sentences);

        Assert.Equal(spec.Expected, result.Sentences.Select(s => s.Text));
        Assert.Equal(spec.Log, result.Replacements.Select(r => $"{r.Original} => {r.Replacement}, {r.Reason}"));
        Assert.All(result.Sentences, s => Assert.Equal(TimeSpan.FromSeconds(1), s.Start));
    }

    private sealed record RepairSpec(string Name, Gazetteer Gazetteer, List<string> Input, List<string> Expected, List<string> Log)
    {
        public static List<RepairSpec> Load()
        {
            var path = SpecFiles.Path("repair.txt");
            var specs = new List<RepairSpec>();
            foreach (var block in File.ReadAllText(path).Split("\n---", StringSplitOptions.RemoveEmptyEntries))
            {
                var lines = block.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#') && l != "---").ToList();
                if (lines.Count == 0)
                {
                    continue;
                }

                var builder = Gazetteer.CreateBuilder();
                var guests = new List<string>();
                string? name = null;
                List<string> input = [], expected = [], log = [];
                foreach (var line in lines)
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var (key, value) = (line[..colon], line[(colon + 1)..].Trim());
                    var parts = value.Split('|');
                    switch (key)
                    {
                        case "name": name = value; break;
                        case "host": builder.AddHost(value); break;
                        case "guest": guests.Add(value); break;
                        case "site-guest": builder.AddGuest(value); break;
                        case "podcast": builder.AddPodcastName(value); break;
                        case "known": builder.AddKnownNames([(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))]); break;
                        case "glossary":
                            builder.AddGlossary([new GlossaryEntry(parts[0], [.. parts[1].Split(';')], Enum.Parse<EntityType>(parts[2], ignoreCase: true), null, null)]);
                            break;
                        case "in": input.Add(value); break;
                        case "out": expected.Add(value); break;
                        case "log": log.Add(value); break;
                        default: throw new InvalidDataException($"unknown spec key {key}");
                    }
                }

                specs.Add(new RepairSpec(name ?? throw new InvalidDataException("spec without name"), builder.Build().ForEpisode(guests), input, expected, log));
            }

            return specs;
        }
    }
}
