// The user's own currency, guessed from their browser's languages (en-US → USD, de-AT → EUR,
// pt-BR → BRL), for money fields that start filled in. Intl knows every locale's region but not its
// currency, so the regions people most often write from are listed here; a language without a
// region is given its likeliest one (Intl.Locale.maximize: "de" → DE, "ja" → JP). Pure.

const EURO = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK', 'AD', 'MC', 'SM', 'VA', 'ME', 'XK'];

const BY_REGION: Record<string, string> = {
  ...Object.fromEntries(EURO.map((r) => [r, 'EUR'])),
  US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', NZ: 'NZD', CH: 'CHF', LI: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK',
  PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', RS: 'RSD', UA: 'UAH', TR: 'TRY', IL: 'ILS', AE: 'AED', SA: 'SAR', EG: 'EGP',
  ZA: 'ZAR', NG: 'NGN', KE: 'KES', MA: 'MAD', IN: 'INR', PK: 'PKR', BD: 'BDT', CN: 'CNY', HK: 'HKD', TW: 'TWD', JP: 'JPY', KR: 'KRW',
  SG: 'SGD', MY: 'MYR', ID: 'IDR', TH: 'THB', VN: 'VND', PH: 'PHP', BR: 'BRL', MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN',
  UY: 'UYU',
};

/** The currency to start money fields with, when no earlier choice says otherwise. */
export const FALLBACK_CURRENCY = 'EUR';

/** The currency of the first of `locales` whose region is known, else EUR. */
export function currencyForLocales(locales: readonly string[]): string {
  for (const tag of locales) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      const currency = region ? BY_REGION[region] : undefined;
      if (currency) return currency;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return FALLBACK_CURRENCY;
}

/** The browser's languages, or none where there is no browser (a test's Node). */
export function userCurrency(): string {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return currencyForLocales(languages.filter(Boolean));
}
