/**
 * Consumer mail domains: a sender there says nothing about the employer, so the company is never
 * guessed from them.
 */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'bol.com.br',
  'uol.com.br',
  'terra.com.br',
  'ig.com.br',
  'sapo.pt',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'fastmail.com',
  'hey.com',
]);

export function isFreeMailDomain(domain: string): boolean {
  const lower = domain.toLowerCase();
  // hotmail.es, yahoo.com.br, outlook.de, live.fr: the same services in every country.
  return FREE_MAIL.has(lower) || /^(hotmail|yahoo|outlook|live)\./.test(lower);
}
