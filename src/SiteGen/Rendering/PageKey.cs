using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Building;

namespace SiteGen.Rendering;

/// <summary>
/// The key of a page: a hash of the generator's build, the theme and every value the template reads. Two builds that
/// give a page the same key give it the same bytes, so the writer keeps the published file and the template is not
/// run; serialising the values costs a fraction of rendering them.
/// </summary>
internal static class PageKey
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new SortedDictionaryConverterFactory() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="template">The page's template.</param>
    /// <param name="scope">What else every page is made from: the theme's fingerprint, or the key of the values all pages share.</param>
    /// <param name="values">The values the template reads.</param>
    public static string Of(string template, string scope, IReadOnlyDictionary<string, object?> values)
    {
        using var hash = new HashingStream();
        hash.Append($"{OutputManifest.CodeVersion}\n{scope}\n{template}\n");
        using (var writer = new Utf8JsonWriter(hash))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), Json);
            }

            writer.WriteEndObject();
        }

        return hash.Hex();
    }

    /// <summary>Dictionaries iterate in hash order, which differs between processes: their entries are written sorted.</summary>
    private sealed class SortedDictionaryConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>)
            && typeToConvert.GetGenericArguments()[0] == typeof(string);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(SortedConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[1]))!;
    }

    private sealed class SortedConverter<T> : JsonConverter<ImmutableDictionary<string, T>>
    {
        public override ImmutableDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Page keys are only written.");

        public override void Write(Utf8JsonWriter writer, ImmutableDictionary<string, T> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (name, item) in value.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndObject();
        }
    }

    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Append(string text) => _hash.AppendData(Encoding.UTF8.GetBytes(text));

        public string Hex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public override void Write(byte[] buffer, int offset, int count) => _hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
