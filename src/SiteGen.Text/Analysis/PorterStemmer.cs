namespace SiteGen.Text.Analysis;

/// <summary>The classic Porter (1980) stemmer for lower-case English words, so "inflation" and "inflationary" meet.</summary>
internal sealed class PorterStemmer
{
    private char[] b = new char[64];
    private int k;
    private int j;

    public string Stem(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.Length <= 2 || !IsAsciiLowerWord(word))
        {
            return new string(word);
        }

        if (b.Length < word.Length + 8)
        {
            b = new char[word.Length + 8];
        }

        word.CopyTo(b);
        k = word.Length - 1;
        Step1Ab();
        if (k > 0)
        {
            Step1C();
            Step2();
            Step3();
            Step4();
            Step5();
        }

        return new string(b, 0, k + 1);
    }

    private static bool IsAsciiLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private bool Cons(int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !Cons(i - 1),
        _ => true,
    };

    private int M()
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > j) return n;
            if (!Cons(i)) break;
            i++;
        }

        i++;
        while (true)
        {
            while (true)
            {
                if (i > j) return n;
                if (Cons(i)) break;
                i++;
            }

            i++;
            n++;
            while (true)
            {
                if (i > j) return n;
                if (!Cons(i)) break;
                i++;
            }

            i++;
        }
    }

    private bool VowelInStem()
    {
        for (var i = 0; i <= j; i++)
        {
            if (!Cons(i)) return true;
        }

        return false;
    }

    private bool DoubleC(int i) => i >= 1 && b[i] == b[i - 1] && Cons(i);

    private bool Cvc(int i)
    {
        if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2)) return false;
        return b[i] is not ('w' or 'x' or 'y');
    }

    private bool Ends(string s)
    {
        var length = s.Length;
        if (length > k + 1) return false;
        if (!b.AsSpan(k - length + 1, length).SequenceEqual(s)) return false;
        j = k - length;
        return true;
    }

    private void SetTo(string s)
    {
        s.CopyTo(b.AsSpan(j + 1));
        k = j + s.Length;
    }

    private void R(string s)
    {
        if (M() > 0) SetTo(s);
    }

    private void Step1Ab()
    {
        if (b[k] == 's')
        {
            if (Ends("sses")) k -= 2;
            else if (Ends("ies")) SetTo("i");
            else if (b[k - 1] != 's') k--;
        }

        if (Ends("eed"))
        {
            if (M() > 0) k--;
        }
        else if ((Ends("ed") || Ends("ing")) && VowelInStem())
        {
            k = j;
            if (Ends("at")) SetTo("ate");
            else if (Ends("bl")) SetTo("ble");
            else if (Ends("iz")) SetTo("ize");
            else if (DoubleC(k))
            {
                k--;
                if (b[k] is 'l' or 's' or 'z') k++;
            }
            else if (M() == 1 && Cvc(k)) SetTo("e");
        }
    }

    private void Step1C()
    {
        if (Ends("y") && VowelInStem()) b[k] = 'i';
    }

    private void Step2()
    {
        if (k == 0) return;
        switch (b[k - 1])
        {
            case 'a':
                if (Ends("ational")) { R("ate"); break; }
                if (Ends("tional")) { R("tion"); }
                break;
            case 'c':
                if (Ends("enci")) { R("ence"); break; }
                if (Ends("anci")) { R("ance"); }
                break;
            case 'e':
                if (Ends("izer")) { R("ize"); }
                break;
            case 'l':
                if (Ends("bli")) { R("ble"); break; }
                if (Ends("alli")) { R("al"); break; }
                if (Ends("entli")) { R("ent"); break; }
                if (Ends("eli")) { R("e"); break; }
                if (Ends("ousli")) { R("ous"); }
                break;
            case 'o':
                if (Ends("ization")) { R("ize"); break; }
                if (Ends("ation")) { R("ate"); break; }
                if (Ends("ator")) { R("ate"); }
                break;
            case 's':
                if (Ends("alism")) { R("al"); break; }
                if (Ends("iveness")) { R("ive"); break; }
                if (Ends("fulness")) { R("ful"); break; }
                if (Ends("ousness")) { R("ous"); }
                break;
            case 't':
                if (Ends("aliti")) { R("al"); break; }
                if (Ends("iviti")) { R("ive"); break; }
                if (Ends("biliti")) { R("ble"); }
                break;
            case 'g':
                if (Ends("logi")) { R("log"); }
                break;
        }
    }

    private void Step3()
    {
        switch (b[k])
        {
            case 'e':
                if (Ends("icate")) { R("ic"); break; }
                if (Ends("ative")) { R(""); break; }
                if (Ends("alize")) { R("al"); }
                break;
            case 'i':
                if (Ends("iciti")) { R("ic"); }
                break;
            case 'l':
                if (Ends("ical")) { R("ic"); break; }
                if (Ends("ful")) { R(""); }
                break;
            case 's':
                if (Ends("ness")) { R(""); }
                break;
        }
    }

    private void Step4()
    {
        if (k == 0) return;
        switch (b[k - 1])
        {
            case 'a':
                if (Ends("al")) break;
                return;
            case 'c':
                if (Ends("ance") || Ends("ence")) break;
                return;
            case 'e':
                if (Ends("er")) break;
                return;
            case 'i':
                if (Ends("ic")) break;
                return;
            case 'l':
                if (Ends("able") || Ends("ible")) break;
                return;
            case 'n':
                if (Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent")) break;
                return;
            case 'o':
                if (Ends("ion") && j >= 0 && b[j] is 's' or 't') break;
                if (Ends("ou")) break;
                return;
            case 's':
                if (Ends("ism")) break;
                return;
            case 't':
                if (Ends("ate") || Ends("iti")) break;
                return;
            case 'u':
                if (Ends("ous")) break;
                return;
            case 'v':
                if (Ends("ive")) break;
                return;
            case 'z':
                if (Ends("ize")) break;
                return;
            default:
                return;
        }

        if (M() > 1) k = j;
    }

    private void Step5()
    {
        j = k;
        if (b[k] == 'e')
        {
            var a = M();
            if (a > 1 || (a == 1 && !Cvc(k - 1))) k--;
        }

        if (b[k] == 'l' && DoubleC(k) && M() > 1) k--;
    }
}
