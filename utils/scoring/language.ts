// Languages compared by code (ISO 639-1), whatever the user typed: "es", "es-MX", "Spanish",
// "español" are one language. Names come from the browser's own Intl.DisplayNames. Pure.

// The ISO 639-1 codes (two letters), for reading a language's name back into its code.
const ISO_639_1 =
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(' ');
const CODES = new Set(ISO_639_1);

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

let byName: Map<string, string> | null = null;

/** Every code's name in English and in the language itself ("spanish", "español"), lowercased. */
function namesToCodes(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const code of ISO_639_1) {
    for (const names of [englishNames, safeDisplayNames(code)]) {
      const name = names?.of(code);
      if (name && name !== code) byName.set(normalize(name), code);
    }
  }
  return byName;
}

function safeDisplayNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  } catch {
    return null;
  }
}

function normalize(text: string): string {
  return text.trim().toLowerCase().normalize('NFC');
}

/**
 * The ISO 639-1 code of a language given as a code ("es", "es-MX", "spa" is not read) or a name in
 * English or in the language itself ("Spanish", "español"); null when it is neither.
 */
export function languageCode(text: string | null | undefined): string | null {
  if (!text) return null;
  const key = normalize(text);
  const base = key.split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(base) && CODES.has(base) && /^[a-z]{2}([-_][a-z0-9]+)*$/.test(key)) return base;
  return namesToCodes().get(key) ?? null;
}

/** "es" → "Spanish" (in English, as the rest of the interface). */
export function languageName(code: string): string {
  try {
    return englishNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Spanish (es)", or the text as given when it names no language we know. */
export function describeLanguage(text: string): string {
  const code = languageCode(text);
  return code ? `${languageName(code)} (${code})` : text;
}
