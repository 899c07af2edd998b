import type { LanguagePack } from '../language-pack';

/*
 * Auf Deutsch neu geschrieben, nach den Ratschlägen des Leitfadens: für die Zeit danken, etwas aus
 * dem Gespräch aufgreifen, eine Qualifikation hervorheben, nach den nächsten Schritten fragen und
 * das Interesse bekräftigen. Kurz, konkret, höflich; mit „Sie“ und dem Vornamen, wie heute üblich.
 */
export const DE: LanguagePack = {
  prompts: {
    firstName: '[Vorname Ihres Gesprächspartners]',
    interviewerName: '[Name Ihres Gesprächspartners]',
    company: '[Unternehmen]',
    role: '[Stelle]',
    weekday: '[Wochentag des Gesprächs]',
    date: '[Datum des Gesprächs]',
    topic: '[Thema, das Ihnen gefallen hat]',
    qualification: '[eine Qualifikation, die Sie hervorheben möchten]',
    myName: '[Ihr Name]',
    signature: '[Ihre Signatur]',
  },
  templates: {
    thankYou: {
      name: 'Dankesnachricht',
      subject: 'Vielen Dank für Ihre Zeit, {firstName}',
      body: `Hallo {firstName},

vielen Dank, dass Sie sich am {weekday} Zeit für das Gespräch über die Stelle als {role} bei {company} genommen haben. Besonders gefallen hat mir unser Austausch über {topic}.

Gern möchte ich noch {qualification} hervorheben – damit könnte ich das Team schnell unterstützen.

Könnten Sie mir sagen, wie die nächsten Schritte im Auswahlprozess aussehen? Die Stelle interessiert mich sehr, und ich würde mich freuen, bei {company} einzusteigen.

Viele Grüße
{myName}`,
    },
    thankYouCard: {
      name: 'Dankeskarte',
      subject: '',
      body: `Hallo {firstName},

herzlichen Dank für das Gespräch am {date} über die Stelle als {role}. Unser Austausch über {topic} hat mir große Freude gemacht, und ich freue mich auf die Möglichkeit, bei {company} mitzuwirken.

Mit herzlichem Dank
{myName}`,
    },
    checkIn: {
      name: 'Nachfrage',
      subject: 'Nachfrage zur Stelle als {role}',
      body: `Hallo {firstName},

ich hoffe, Sie hatten eine gute Woche. Ich melde mich im Anschluss an unser Gespräch am {date} zur Stelle als {role} bei {company}. Gibt es schon Neuigkeiten zum Auswahlprozess oder zum Zeitplan für die nächsten Schritte?

Die Stelle interessiert mich weiterhin sehr, und ich schicke Ihnen gern weitere Unterlagen, falls das hilft.

Nochmals vielen Dank für Ihre Zeit
{myName}`,
    },
    secondCheckIn: {
      name: 'Zweite Nachfrage',
      subject: 'Erneute Nachfrage: Stelle als {role}',
      body: `Hallo {firstName},

ich möchte mich noch einmal zur Stelle als {role} bei {company} melden. Mir ist bewusst, dass solche Entscheidungen Zeit brauchen, und ich wäre Ihnen für einen kurzen Zwischenstand sehr dankbar.

Mein Interesse an der Stelle und an der Arbeit Ihres Teams ist unverändert groß.

Viele Grüße
{myName}`,
    },
    feedback: {
      name: 'Bitte um Feedback',
      subject: 'Vielen Dank – und eine Bitte um Feedback',
      body: `Hallo {firstName},

vielen Dank für Ihre Rückmeldung und für die Zeit, die Sie und das Team sich für mich und die Stelle als {role} genommen haben. Es war schön, {company} näher kennenzulernen.

Wenn Sie ein paar Minuten erübrigen können, wäre ich Ihnen für ein kurzes Feedback zu meinem Gespräch sehr dankbar: Was könnte ich besser machen, oder welche Fähigkeit sollte ich weiter ausbauen?

Bei künftigen passenden Stellen würde ich mich freuen, wieder berücksichtigt zu werden. Ihnen und dem Team alles Gute.

Freundliche Grüße
{myName}`,
    },
    closingNote: {
      name: 'Abschlussnachricht',
      subject: 'Rückzug meiner Bewerbung als {role}',
      body: `Hallo {firstName},

nochmals vielen Dank für die Zeit, die Sie und das Team sich für mich und die Stelle als {role} bei {company} genommen haben. Ich habe mich entschieden, meine Bewerbung zurückzuziehen und mich anderen Möglichkeiten zu widmen.

Es war schön, {company} kennenzulernen, und ich hoffe, dass sich unsere Wege wieder kreuzen. Ihnen und dem Team alles Gute.

Freundliche Grüße
{myName}`,
    },
    phoneScript: {
      name: 'Leitfaden für einen Anruf',
      subject: '',
      body: `Hallo {firstName}, hier ist {myName}. Wir haben am {weekday} über die Stelle als {role} bei {company} gesprochen.

Ich rufe an, um mich für Ihre Zeit zu bedanken. Unser Gespräch über {topic} hat mir sehr gefallen, und die Stelle interessiert mich weiterhin sehr.

Können Sie mir schon etwas zu den nächsten Schritten sagen?

Vielen Dank und einen schönen Tag noch.

(Mailbox: Nennen Sie Ihren Namen, die Stelle, Ihren Dank und Ihre Telefonnummer, in weniger als 30 Sekunden.)`,
    },
  },
};
