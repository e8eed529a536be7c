using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Names;

/// <summary>Glossary extraction cases from Specs/entities.txt: sentences in, the expected entries (or their absence) out.</summary>
public sealed class EntitySpecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in EntitySpec.All.Value)
        {
            data.Add(spec.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_as_specified(string name)
    {
        var spec = EntitySpec.All.Value.Single(s => s.Name == name);
        var sentences = spec.Input.Select(text => new Sentence(text, null, null)).ToImmutableArray();

        var items = new EntityExtractor(spec.Gazetteer, spec.CasingIsWritten).Extract(sentences);

        var names = items.Select(i => i.Name).ToList();
        if (spec.Items is { } exact)
        {
            Assert.Equal(exact.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        }

        foreach (var absent in spec.Absent)
        {
            Assert.DoesNotContain(absent, names);
        }

        foreach (var (entity, type, mentions, sentencesOf) in spec.Expected)
        {
            var item = Assert.Single(items, i => i.Name == entity);
            Assert.Equal(type, item.Type);
            Assert.Equal(mentions, item.Mentions);
            Assert.Equal(sentencesOf.AsEnumerable(), item.MentionSentences.AsEnumerable());
            Assert.Equal(sentencesOf[0], item.FirstSentence);
        }

        foreach (var (entity, index) in spec.Context)
        {
            var item = Assert.Single(items, i => i.Name == entity);
            Assert.Equal(index is { } s ? spec.Input[s] : null, item.Context);
        }
    }

    private sealed record EntitySpec(
        string Name,
        Gazetteer Gazetteer,
        List<string> Input,
        List<(string Name, EntityType Type, int Mentions, ImmutableArray<int> Sentences)> Expected,
        List<(string Name, int? Sentence)> Context,
        List<string> Absent,
        List<string>? Items,
        bool CasingIsWritten)
    {
        // Parsed once: a spec with its own word counts builds a whole everyday-word list.
        public static readonly Lazy<List<EntitySpec>> All = new(Load);

        private static List<EntitySpec> Load()
        {
            var specs = new List<EntitySpec>();
            foreach (var block in File.ReadAllText(SpecFiles.Path("entities.txt")).Split("\n---", StringSplitOptions.RemoveEmptyEntries))
            {
                var lines = block.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#') && l != "---").ToList();
                if (lines.Count == 0)
                {
                    continue;
                }

                var builder = Gazetteer.CreateBuilder();
                var guests = new List<string>();
                var words = new List<(string, int)>();
                string? name = null;
                var written = false;
                List<string> input = [], absent = [];
                List<string>? items = null;
                var expected = new List<(string, EntityType, int, ImmutableArray<int>)>();
                var context = new List<(string, int?)>();
                foreach (var line in lines)
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var (key, value) = (line[..colon], line[(colon + 1)..].Trim());
                    var parts = value.Split('|', StringSplitOptions.TrimEntries);
                    switch (key)
                    {
                        case "name": name = value; break;
                        case "cased": written = value == "written" ? true : throw new InvalidDataException($"cased: {value}"); break;
                        case "host": builder.AddHost(value); break;
                        case "guest": guests.Add(value); break;
                        case "known": builder.AddKnownNames([(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture))]); break;
                        case "word": words.Add((parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture))); break;
                        case "glossary":
                            builder.AddGlossary([new GlossaryEntry(parts[0], [.. parts[1].Split(';')], Enum.Parse<EntityType>(parts[2], ignoreCase: true), parts.Length > 3 ? parts[3] : null, null)]);
                            break;
                        case "in": input.Add(value); break;
                        case "entity":
                            expected.Add((parts[0], Enum.Parse<EntityType>(parts[1], ignoreCase: true), int.Parse(parts[2], CultureInfo.InvariantCulture),
                                [.. parts[3].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]));
                            break;
                        case "context": context.Add((parts[0], parts[1] == "none" ? null : int.Parse(parts[1], CultureInfo.InvariantCulture))); break;
                        case "absent": absent.Add(value); break;
                        case "items": items = [.. value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]; break;
                        default: throw new InvalidDataException($"unknown spec key {key}");
                    }
                }

                if (words.Count > 0)
                {
                    builder.UseWordFrequencies(WordFrequencies.Parse(new StringReader(CommonWordList.Data)).Concat(words));
                }

                specs.Add(new EntitySpec(name ?? throw new InvalidDataException("spec without name"), builder.Build().ForEpisode(guests), input, expected, context, absent, items, written));
            }

            return specs;
        }
    }
}
