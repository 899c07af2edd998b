import { companyFromDomain, companyFromSignature } from './company';
import { isForward, personName, quotedSenders } from './forwarded';
import type { KnownNames } from './name-kind';
import {
  companyFromSenderName,
  isAutomatedSender,
  personBehindPlatform,
  sameAddress,
  sameDomain,
} from './senders';
import { parseSubject } from './subject';
import type { ThreadFacts, ThreadMessage } from './thread-facts';
import { knownNames } from './thread-names';

/** What the tag form starts with; every field stays the user's to correct. */
export interface Prefill {
  company: string;
  role: string;
  interviewerName: string;
  interviewerEmail: string;
}

/**
 * Every sender in the thread, newest first, with those quoted inside a message after it; the
 * sender of a forwarded message goes before whoever forwarded it.
 */
function sendersNewestFirst(facts: ThreadFacts): ThreadMessage[] {
  return [...facts.messages]
    .reverse()
    .flatMap((message) =>
      isForward(message)
        ? [...quotedSenders(message), message]
        : [message, ...quotedSenders(message)],
    )
    .filter((message) => message.senderEmail);
}

const isPerson = (sender: ThreadMessage, userEmail: string) =>
  !sameAddress(sender.senderEmail, userEmail) && !isAutomatedSender(sender.senderEmail);

/**
 * The company's domain: the interviewer's, else any other sender's that is not the user's own
 * (a careers no-reply address at the employer's domain still names it).
 */
function companyFromDomains(senders: ThreadMessage[], userEmail: string): string {
  for (const sender of senders) {
    if (sameDomain(sender.senderEmail, userEmail)) continue;
    const company = companyFromDomain(sender.senderEmail);
    if (company) return company;
  }
  return '';
}

/**
 * The recruiter a platform writes for ("Dana Whitaker via Greenhouse", Dana being a person of the
 * thread), as a sender without an address: the platform's address is not theirs.
 */
function recruiterBehindPlatform(
  machines: ThreadMessage[],
  known: KnownNames,
): ThreadMessage | undefined {
  for (const machine of machines) {
    const name = personBehindPlatform(machine.senderName, known);
    if (name) return { ...machine, senderName: name, senderEmail: '' };
  }
  return undefined;
}

/**
 * The interviewer is the latest sender that is neither the user nor a machine, else the recruiter
 * a platform writes for; the company comes from their signature, then the subject, then a
 * platform's display name ("Acme via Greenhouse"), then the employer's domain. A name the thread
 * shows as a person's ("Interview with Dana Whitaker", "Dana Whitaker via Greenhouse") is never the
 * company. Without the user's address nothing is guessed from senders: the user could be any of
 * them.
 */
export function prefillFromThread(facts: ThreadFacts): Prefill {
  const known = knownNames(facts);
  const subject = parseSubject(facts.subject, known);
  const senders = sendersNewestFirst(facts);
  const machines = senders.filter((sender) => isAutomatedSender(sender.senderEmail));
  // Only a machine's display name: a person's ("Dana HR") is theirs, not the employer's.
  const fromNames = machines
    .map((sender) => companyFromSenderName(sender.senderName, known))
    .find(Boolean);
  const userEmail = facts.userEmail;
  if (!userEmail) {
    return {
      ...subject,
      company: subject.company || fromNames || '',
      interviewerName: '',
      interviewerEmail: '',
    };
  }
  const interviewer =
    senders.find((sender) => isPerson(sender, userEmail)) ??
    recruiterBehindPlatform(machines, known);
  const company =
    (interviewer && companyFromSignature(interviewer)) ||
    subject.company ||
    fromNames ||
    companyFromDomains(interviewer ? [interviewer, ...senders] : senders, userEmail);
  return {
    company,
    role: subject.role,
    interviewerName: personName(interviewer?.senderName ?? ''),
    interviewerEmail: interviewer?.senderEmail ?? '',
  };
}
