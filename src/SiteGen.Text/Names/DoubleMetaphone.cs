using System.Text;

namespace SiteGen.Text.Names;

/// <summary>
/// Lawrence Philips' Double Metaphone: a primary and an alternate phonetic key for an English (or anglicised) word.
/// Follows the rules of the original publication, as also implemented by Apache Commons Codec.
/// </summary>
internal static class DoubleMetaphone
{
    public const int DefaultMaxLength = 4;

    private static readonly string[] LRNMBHFVWSpace = ["L", "R", "N", "M", "B", "H", "F", "V", "W", " "];
    private static readonly string[] GFollowers = ["ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER"];
    private static readonly string[] LTKSNMBZ = ["L", "T", "K", "S", "N", "M", "B", "Z"];

    public static (string Primary, string Alternate) Encode(string word, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(word);
        var value = word.Trim().ToUpperInvariant();
        if (value.Length == 0)
        {
            return (string.Empty, string.Empty);
        }

        var result = new Keys(maxLength);
        var slavoGermanic = value.Contains('W') || value.Contains('K') || value.Contains("CZ", StringComparison.Ordinal)
            || value.Contains("WITZ", StringComparison.Ordinal);
        var index = Contains(value, 0, 2, "GN", "KN", "PN", "WR", "PS") ? 1 : 0;

        while (!result.IsComplete && index <= value.Length - 1)
        {
            switch (value[index])
            {
                case 'A' or 'E' or 'I' or 'O' or 'U' or 'Y':
                    if (index == 0)
                    {
                        result.Append('A');
                    }

                    index++;
                    break;
                case 'B':
                    result.Append('P');
                    index = At(value, index + 1) == 'B' ? index + 2 : index + 1;
                    break;
                case 'Ç':
                    result.Append('S');
                    index++;
                    break;
                case 'C':
                    index = HandleC(value, result, index);
                    break;
                case 'D':
                    index = HandleD(value, result, index);
                    break;
                case 'F':
                    result.Append('F');
                    index = At(value, index + 1) == 'F' ? index + 2 : index + 1;
                    break;
                case 'G':
                    index = HandleG(value, result, index, slavoGermanic);
                    break;
                case 'H':
                    if ((index == 0 || IsVowel(At(value, index - 1))) && IsVowel(At(value, index + 1)))
                    {
                        result.Append('H');
                        index += 2;
                    }
                    else
                    {
                        index++;
                    }

                    break;
                case 'J':
                    index = HandleJ(value, result, index, slavoGermanic);
                    break;
                case 'K':
                    result.Append('K');
                    index = At(value, index + 1) == 'K' ? index + 2 : index + 1;
                    break;
                case 'L':
                    index = HandleL(value, result, index);
                    break;
                case 'M':
                    result.Append('M');
                    index = ConditionM0(value, index) ? index + 2 : index + 1;
                    break;
                case 'N':
                    result.Append('N');
                    index = At(value, index + 1) == 'N' ? index + 2 : index + 1;
                    break;
                case 'Ñ':
                    result.Append('N');
                    index++;
                    break;
                case 'P':
                    if (At(value, index + 1) == 'H')
                    {
                        result.Append('F');
                        index += 2;
                    }
                    else
                    {
                        result.Append('P');
                        index = Contains(value, index + 1, 1, "P", "B") ? index + 2 : index + 1;
                    }

                    break;
                case 'Q':
                    result.Append('K');
                    index = At(value, index + 1) == 'Q' ? index + 2 : index + 1;
                    break;
                case 'R':
                    if (index == value.Length - 1 && !slavoGermanic && Contains(value, index - 2, 2, "IE")
                        && !Contains(value, index - 4, 2, "ME", "MA"))
                    {
                        result.AppendAlternate('R');
                    }
                    else
                    {
                        result.Append('R');
                    }

                    index = At(value, index + 1) == 'R' ? index + 2 : index + 1;
                    break;
                case 'S':
                    index = HandleS(value, result, index, slavoGermanic);
                    break;
                case 'T':
                    index = HandleT(value, result, index);
                    break;
                case 'V':
                    result.Append('F');
                    index = At(value, index + 1) == 'V' ? index + 2 : index + 1;
                    break;
                case 'W':
                    index = HandleW(value, result, index);
                    break;
                case 'X':
                    index = HandleX(value, result, index);
                    break;
                case 'Z':
                    index = HandleZ(value, result, index, slavoGermanic);
                    break;
                default:
                    index++;
                    break;
            }
        }

        return (result.Primary, result.Alternate);
    }

    private static int HandleC(string value, Keys result, int index)
    {
        if (ConditionC0(value, index))
        {
            result.Append('K');
            return index + 2;
        }

        if (index == 0 && Contains(value, index, 6, "CAESAR"))
        {
            result.Append('S');
            return index + 2;
        }

        if (Contains(value, index, 2, "CH"))
        {
            return HandleCH(value, result, index);
        }

        if (Contains(value, index, 2, "CZ") && !Contains(value, index - 2, 4, "WICZ"))
        {
            result.Append('S', 'X');
            return index + 2;
        }

        if (Contains(value, index + 1, 3, "CIA"))
        {
            result.Append('X');
            return index + 3;
        }

        if (Contains(value, index, 2, "CC") && !(index == 1 && At(value, 0) == 'M'))
        {
            if (Contains(value, index + 2, 1, "I", "E", "H") && !Contains(value, index + 2, 2, "HU"))
            {
                if ((index == 1 && At(value, index - 1) == 'A') || Contains(value, index - 1, 5, "UCCEE", "UCCES"))
                {
                    result.Append("KS");
                }
                else
                {
                    result.Append('X');
                }

                return index + 3;
            }

            result.Append('K');
            return index + 2;
        }

        if (Contains(value, index, 2, "CK", "CG", "CQ"))
        {
            result.Append('K');
            return index + 2;
        }

        if (Contains(value, index, 2, "CI", "CE", "CY"))
        {
            if (Contains(value, index, 3, "CIO", "CIE", "CIA"))
            {
                result.Append('S', 'X');
            }
            else
            {
                result.Append('S');
            }

            return index + 2;
        }

        result.Append('K');
        if (Contains(value, index + 1, 2, " C", " Q", " G"))
        {
            return index + 3;
        }

        if (Contains(value, index + 1, 1, "C", "K", "Q") && !Contains(value, index + 1, 2, "CE", "CI"))
        {
            return index + 2;
        }

        return index + 1;
    }

    private static bool ConditionC0(string value, int index)
    {
        if (Contains(value, index, 4, "CHIA"))
        {
            return true;
        }

        if (index <= 1 || IsVowel(At(value, index - 2)) || !Contains(value, index - 1, 3, "ACH"))
        {
            return false;
        }

        var c = At(value, index + 2);
        return (c != 'I' && c != 'E') || Contains(value, index - 2, 6, "BACHER", "MACHER");
    }

    private static int HandleCH(string value, Keys result, int index)
    {
        if (index > 0 && Contains(value, index, 4, "CHAE"))
        {
            result.Append('K', 'X');
            return index + 2;
        }

        if (ConditionCH0(value, index) || ConditionCH1(value, index))
        {
            result.Append('K');
            return index + 2;
        }

        if (index > 0)
        {
            if (Contains(value, 0, 2, "MC"))
            {
                result.Append('K');
            }
            else
            {
                result.Append('X', 'K');
            }
        }
        else
        {
            result.Append('X');
        }

        return index + 2;
    }

    private static bool ConditionCH0(string value, int index)
    {
        if (index != 0)
        {
            return false;
        }

        if (!Contains(value, index + 1, 5, "HARAC", "HARIS") && !Contains(value, index + 1, 3, "HOR", "HYM", "HIA", "HEM"))
        {
            return false;
        }

        return !Contains(value, 0, 5, "CHORE");
    }

    private static bool ConditionCH1(string value, int index) =>
        Contains(value, 0, 4, "VAN ", "VON ") || Contains(value, 0, 3, "SCH")
        || Contains(value, index - 2, 6, "ORCHES", "ARCHIT", "ORCHID")
        || Contains(value, index + 2, 1, "T", "S")
        || ((Contains(value, index - 1, 1, "A", "O", "U", "E") || index == 0)
            && (Contains(value, index + 2, 1, LRNMBHFVWSpace) || index + 1 == value.Length - 1));

    private static int HandleD(string value, Keys result, int index)
    {
        if (Contains(value, index, 2, "DG"))
        {
            if (Contains(value, index + 2, 1, "I", "E", "Y"))
            {
                result.Append('J');
                return index + 3;
            }

            result.Append("TK");
            return index + 2;
        }

        result.Append('T');
        return Contains(value, index, 2, "DT", "DD") ? index + 2 : index + 1;
    }

    private static int HandleG(string value, Keys result, int index, bool slavoGermanic)
    {
        var next = At(value, index + 1);
        if (next == 'H')
        {
            return HandleGH(value, result, index);
        }

        if (next == 'N')
        {
            if (index == 1 && IsVowel(At(value, 0)) && !slavoGermanic)
            {
                result.Append("KN", "N");
            }
            else if (!Contains(value, index + 2, 2, "EY") && At(value, index + 1) != 'Y' && !slavoGermanic)
            {
                result.Append("N", "KN");
            }
            else
            {
                result.Append("KN");
            }

            return index + 2;
        }

        if (Contains(value, index + 1, 2, "LI") && !slavoGermanic)
        {
            result.Append("KL", "L");
            return index + 2;
        }

        if (index == 0 && (next == 'Y' || Contains(value, index + 1, 2, GFollowers)))
        {
            result.Append('K', 'J');
            return index + 2;
        }

        if ((Contains(value, index + 1, 2, "ER") || next == 'Y')
            && !Contains(value, 0, 6, "DANGER", "RANGER", "MANGER")
            && !Contains(value, index - 1, 1, "E", "I")
            && !Contains(value, index - 1, 3, "RGY", "OGY"))
        {
            result.Append('K', 'J');
            return index + 2;
        }

        if (Contains(value, index + 1, 1, "E", "I", "Y") || Contains(value, index - 1, 4, "AGGI", "OGGI"))
        {
            if (Contains(value, 0, 4, "VAN ", "VON ") || Contains(value, 0, 3, "SCH") || Contains(value, index + 1, 2, "ET"))
            {
                result.Append('K');
            }
            else if (Contains(value, index + 1, 3, "IER"))
            {
                result.Append('J');
            }
            else
            {
                result.Append('J', 'K');
            }

            return index + 2;
        }

        result.Append('K');
        return next == 'G' ? index + 2 : index + 1;
    }

    private static int HandleGH(string value, Keys result, int index)
    {
        if (index > 0 && !IsVowel(At(value, index - 1)))
        {
            result.Append('K');
            return index + 2;
        }

        if (index == 0)
        {
            result.Append(At(value, index + 2) == 'I' ? 'J' : 'K');
            return index + 2;
        }

        if ((index > 1 && Contains(value, index - 2, 1, "B", "H", "D"))
            || (index > 2 && Contains(value, index - 3, 1, "B", "H", "D"))
            || (index > 3 && Contains(value, index - 4, 1, "B", "H")))
        {
            return index + 2;
        }

        if (index > 2 && At(value, index - 1) == 'U' && Contains(value, index - 3, 1, "C", "G", "L", "R", "T"))
        {
            result.Append('F');
        }
        else if (index > 0 && At(value, index - 1) != 'I')
        {
            result.Append('K');
        }

        return index + 2;
    }

    private static int HandleJ(string value, Keys result, int index, bool slavoGermanic)
    {
        if (Contains(value, index, 4, "JOSE") || Contains(value, 0, 4, "SAN "))
        {
            if ((index == 0 && At(value, index + 4) == ' ') || value.Length == 4 || Contains(value, 0, 4, "SAN "))
            {
                result.Append('H');
            }
            else
            {
                result.Append('J', 'H');
            }

            return index + 1;
        }

        if (index == 0 && !Contains(value, index, 4, "JOSE"))
        {
            result.Append('J', 'A');
        }
        else if (IsVowel(At(value, index - 1)) && !slavoGermanic && (At(value, index + 1) == 'A' || At(value, index + 1) == 'O'))
        {
            result.Append('J', 'H');
        }
        else if (index == value.Length - 1)
        {
            result.AppendPrimary('J');
        }
        else if (!Contains(value, index + 1, 1, LTKSNMBZ) && !Contains(value, index - 1, 1, "S", "K", "L"))
        {
            result.Append('J');
        }

        return At(value, index + 1) == 'J' ? index + 2 : index + 1;
    }

    private static int HandleL(string value, Keys result, int index)
    {
        if (At(value, index + 1) == 'L')
        {
            if (ConditionL0(value, index))
            {
                result.AppendPrimary('L');
            }
            else
            {
                result.Append('L');
            }

            return index + 2;
        }

        result.Append('L');
        return index + 1;
    }

    private static bool ConditionL0(string value, int index)
    {
        if (index == value.Length - 3 && Contains(value, index - 1, 4, "ILLO", "ILLA", "ALLE"))
        {
            return true;
        }

        return (Contains(value, value.Length - 2, 2, "AS", "OS") || Contains(value, value.Length - 1, 1, "A", "O"))
            && Contains(value, index - 1, 4, "ALLE");
    }

    private static bool ConditionM0(string value, int index)
    {
        if (At(value, index + 1) == 'M')
        {
            return true;
        }

        return Contains(value, index - 1, 3, "UMB") && (index + 1 == value.Length - 1 || Contains(value, index + 2, 2, "ER"));
    }

    private static int HandleS(string value, Keys result, int index, bool slavoGermanic)
    {
        if (Contains(value, index - 1, 3, "ISL", "YSL"))
        {
            return index + 1;
        }

        if (index == 0 && Contains(value, index, 5, "SUGAR"))
        {
            result.Append('X', 'S');
            return index + 1;
        }

        if (Contains(value, index, 2, "SH"))
        {
            result.Append(Contains(value, index + 1, 4, "HEIM", "HOEK", "HOLM", "HOLZ") ? 'S' : 'X');
            return index + 2;
        }

        if (Contains(value, index, 3, "SIO", "SIA") || Contains(value, index, 4, "SIAN"))
        {
            if (slavoGermanic)
            {
                result.Append('S');
            }
            else
            {
                result.Append('S', 'X');
            }

            return index + 3;
        }

        if ((index == 0 && Contains(value, index + 1, 1, "M", "N", "L", "W")) || Contains(value, index + 1, 1, "Z"))
        {
            result.Append('S', 'X');
            return Contains(value, index + 1, 1, "Z") ? index + 2 : index + 1;
        }

        if (Contains(value, index, 2, "SC"))
        {
            return HandleSC(value, result, index);
        }

        if (index == value.Length - 1 && Contains(value, index - 2, 2, "AI", "OI"))
        {
            result.AppendAlternate('S');
        }
        else
        {
            result.Append('S');
        }

        return Contains(value, index + 1, 1, "S", "Z") ? index + 2 : index + 1;
    }

    private static int HandleSC(string value, Keys result, int index)
    {
        if (At(value, index + 2) == 'H')
        {
            if (Contains(value, index + 3, 2, "OO", "ER", "EN", "UY", "ED", "EM"))
            {
                if (Contains(value, index + 3, 2, "ER", "EN"))
                {
                    result.Append("X", "SK");
                }
                else
                {
                    result.Append("SK");
                }
            }
            else if (index == 0 && !IsVowel(At(value, 3)) && At(value, 3) != 'W')
            {
                result.Append('X', 'S');
            }
            else
            {
                result.Append('X');
            }
        }
        else if (Contains(value, index + 2, 1, "I", "E", "Y"))
        {
            result.Append('S');
        }
        else
        {
            result.Append("SK");
        }

        return index + 3;
    }

    private static int HandleT(string value, Keys result, int index)
    {
        if (Contains(value, index, 4, "TION") || Contains(value, index, 3, "TIA", "TCH"))
        {
            result.Append('X');
            return index + 3;
        }

        if (Contains(value, index, 2, "TH") || Contains(value, index, 3, "TTH"))
        {
            if (Contains(value, index + 2, 2, "OM", "AM") || Contains(value, 0, 4, "VAN ", "VON ") || Contains(value, 0, 3, "SCH"))
            {
                result.Append('T');
            }
            else
            {
                result.Append('0', 'T');
            }

            return index + 2;
        }

        result.Append('T');
        return Contains(value, index + 1, 1, "T", "D") ? index + 2 : index + 1;
    }

    private static int HandleW(string value, Keys result, int index)
    {
        if (Contains(value, index, 2, "WR"))
        {
            result.Append('R');
            return index + 2;
        }

        if (index == 0 && (IsVowel(At(value, index + 1)) || Contains(value, index, 2, "WH")))
        {
            if (IsVowel(At(value, index + 1)))
            {
                result.Append('A', 'F');
            }
            else
            {
                result.Append('A');
            }

            return index + 1;
        }

        if ((index == value.Length - 1 && IsVowel(At(value, index - 1)))
            || Contains(value, index - 1, 5, "EWSKI", "EWSKY", "OWSKI", "OWSKY")
            || Contains(value, 0, 3, "SCH"))
        {
            result.AppendAlternate('F');
            return index + 1;
        }

        if (Contains(value, index, 4, "WICZ", "WITZ"))
        {
            result.Append("TS", "FX");
            return index + 4;
        }

        return index + 1;
    }

    private static int HandleX(string value, Keys result, int index)
    {
        if (index == 0)
        {
            result.Append('S');
            return index + 1;
        }

        if (!(index == value.Length - 1
              && (Contains(value, index - 3, 3, "IAU", "EAU") || Contains(value, index - 2, 2, "AU", "OU"))))
        {
            result.Append("KS");
        }

        return Contains(value, index + 1, 1, "C", "X") ? index + 2 : index + 1;
    }

    private static int HandleZ(string value, Keys result, int index, bool slavoGermanic)
    {
        if (At(value, index + 1) == 'H')
        {
            result.Append('J');
            return index + 2;
        }

        if (Contains(value, index + 1, 2, "ZO", "ZI", "ZA") || (slavoGermanic && index > 0 && At(value, index - 1) != 'T'))
        {
            result.Append("S", "TS");
        }
        else
        {
            result.Append('S');
        }

        return At(value, index + 1) == 'Z' ? index + 2 : index + 1;
    }

    private static char At(string value, int index) => index >= 0 && index < value.Length ? value[index] : '\0';

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

    private static bool Contains(string value, int start, int length, params ReadOnlySpan<string> criteria)
    {
        if (start < 0 || start + length > value.Length)
        {
            return false;
        }

        var target = value.AsSpan(start, length);
        foreach (var criterion in criteria)
        {
            if (target.SequenceEqual(criterion))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Keys(int maxLength)
    {
        private readonly StringBuilder primary = new(maxLength);
        private readonly StringBuilder alternate = new(maxLength);

        public string Primary => primary.ToString();

        public string Alternate => alternate.ToString();

        public bool IsComplete => primary.Length >= maxLength && alternate.Length >= maxLength;

        public void Append(char value) => Append(value, value);

        public void Append(char primaryValue, char alternateValue)
        {
            AppendPrimary(primaryValue);
            AppendAlternate(alternateValue);
        }

        public void Append(string value) => Append(value, value);

        public void Append(string primaryValue, string alternateValue)
        {
            Add(primary, primaryValue);
            Add(alternate, alternateValue);
        }

        public void AppendPrimary(char value)
        {
            if (primary.Length < maxLength)
            {
                primary.Append(value);
            }
        }

        public void AppendAlternate(char value)
        {
            if (alternate.Length < maxLength)
            {
                alternate.Append(value);
            }
        }

        private void Add(StringBuilder target, string value)
        {
            var room = maxLength - target.Length;
            if (room > 0)
            {
                target.Append(value.AsSpan(0, Math.Min(room, value.Length)));
            }
        }
    }
}
