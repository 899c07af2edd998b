import { companyFromDomain, companyFromSignature, signatureName } from './company';
import { personName, quotedRecipients, quotedSenders } from './forwarded';
import { looksLikeCompany, type KnownNames } from './name-kind';
import { isAutomatedSender } from './senders';
import type { ThreadFacts } from './thread-facts';

/**
 * The people and companies a thread names, to tell "Interview with Dana Whitaker" or "Dana
 * Whitaker via Greenhouse" (a person) from "Interview with Initech" (a company). People: every
 * sender that is no machine (the user too), quoted ones included, whoever a quoted message was
 * addressed to, and every name a signature shows. Companies: the senders' domains and the
 * signatures' companies.
 */
export function knownNames(facts: ThreadFacts): KnownNames {
  const messages = facts.messages.flatMap((message) => [message, ...quotedSenders(message)]);
  const signed = messages.map((message) => signatureName(message.text));
  // A platform's mail signed "Priya Shah / Talent Partner / Umbrella Health" names the employer.
  const companies = messages
    .flatMap((message, i) => [
      companyFromDomain(message.senderEmail),
      companyFromSignature(message),
      companyFromSignature({ ...message, senderName: signed[i] ?? '' }),
    ])
    .filter(Boolean);
  const senders = messages
    .filter((message) => !isAutomatedSender(message.senderEmail))
    .map((message) => personName(message.senderName));
  const recipients = facts.messages.flatMap(quotedRecipients);
  // "Initech <hr@initech.com>" is the employer writing, not a person.
  const named = [...senders, ...recipients].filter(
    (name) => name && !name.includes('@') && !looksLikeCompany(name, { people: [], companies }),
  );
  const people = [...named, ...signed].filter(Boolean);
  return { people: [...new Set(people)], companies: [...new Set(companies)] };
}
