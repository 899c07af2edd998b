import type { LanguagePack } from '../language-pack';

/*
 * Réécrits en français d’après les conseils du guide : remercier pour le temps accordé, évoquer un
 * moment de l’échange, mettre en avant une compétence, demander les prochaines étapes et redire
 * son intérêt. Brefs, précis et courtois ; au vouvoiement. Written with \u00a0 (no-break space)
 * before « ? » and « : », as French typography wants, escaped for the linter.
 */
export const FR: LanguagePack = {
  prompts: {
    firstName: '[prénom de votre interlocuteur]',
    interviewerName: '[nom de votre interlocuteur]',
    company: '[entreprise]',
    role: '[poste]',
    weekday: '[jour de l’entretien]',
    date: '[date de l’entretien]',
    topic: '[sujet qui vous a plu]',
    qualification: '[une compétence à mettre en avant]',
    myName: '[votre nom]',
    signature: '[votre signature]',
  },
  templates: {
    thankYou: {
      name: 'Message de remerciement',
      subject: 'Merci pour votre temps, {firstName}',
      body: `Bonjour {firstName},

Merci de m’avoir accordé de votre temps {weekday} pour échanger sur le poste de {role} chez {company}. J’ai particulièrement apprécié notre discussion sur {topic}.

Je souhaitais également souligner {qualification}, qui me permettrait, je crois, d’apporter rapidement ma contribution à l’équipe.

Pourriez-vous m’indiquer les prochaines étapes du processus\u00a0? Le poste m’intéresse vivement et je serais ravi(e) de rejoindre {company}.

Bien cordialement,
{myName}`,
    },
    thankYouCard: {
      name: 'Carte de remerciement',
      subject: '',
      body: `Bonjour {firstName},

Merci de m’avoir reçu(e) le {date} pour parler du poste de {role}. J’ai beaucoup apprécié notre échange sur {topic}, et la perspective de rejoindre {company} me réjouit.

Avec toute ma reconnaissance,
{myName}`,
    },
    checkIn: {
      name: 'Relance',
      subject: 'Suivi de ma candidature au poste de {role}',
      body: `Bonjour {firstName},

J’espère que vous passez une bonne semaine. Je reviens vers vous à la suite de notre entretien du {date} pour le poste de {role} chez {company}. Avez-vous du nouveau sur le processus de recrutement ou sur le calendrier des prochaines étapes\u00a0?

Le poste m’intéresse toujours beaucoup, et je vous transmettrai volontiers tout élément utile.

Merci encore pour votre temps,
{myName}`,
    },
    secondCheckIn: {
      name: 'Deuxième relance',
      subject: 'Nouvelle relance\u00a0: poste de {role}',
      body: `Bonjour {firstName},

Je me permets de revenir vers vous au sujet du poste de {role} chez {company}. Je comprends que ces décisions prennent du temps, et je vous serais reconnaissant(e) de me dire où en est le processus.

Mon intérêt pour le poste et pour le travail de votre équipe reste entier.

Bien cordialement,
{myName}`,
    },
    feedback: {
      name: 'Demande de retour',
      subject: 'Merci, et une demande de retour',
      body: `Bonjour {firstName},

Merci de m’avoir informé(e), et merci pour le temps que vous et l’équipe m’avez consacré pour le poste de {role}. J’ai eu plaisir à découvrir {company}.

Si vous disposez de quelques minutes, je vous serais reconnaissant(e) de me faire un retour sur mon entretien\u00a0: qu’aurais-je pu mieux faire, ou quelle compétence devrais-je renforcer\u00a0?

Je serais heureux(se) que ma candidature soit considérée pour de futures opportunités. Je vous souhaite, à vous et à l’équipe, une belle continuation.

Cordialement,
{myName}`,
    },
    closingNote: {
      name: 'Message de clôture',
      subject: 'Retrait de ma candidature au poste de {role}',
      body: `Bonjour {firstName},

Merci encore pour le temps que vous et l’équipe m’avez consacré pour le poste de {role} chez {company}. J’ai décidé de retirer ma candidature pour me consacrer à d’autres opportunités.

J’ai eu plaisir à découvrir {company} et j’espère que nos chemins se recroiseront. Je vous souhaite, à vous et à l’équipe, une belle continuation.

Cordialement,
{myName}`,
    },
    phoneScript: {
      name: 'Trame d’appel',
      subject: '',
      body: `Bonjour {firstName}, c’est {myName}. Nous avons échangé {weekday} au sujet du poste de {role} chez {company}.

Je vous appelle pour vous remercier de votre temps. J’ai apprécié notre discussion sur {topic}, et le poste m’intéresse toujours beaucoup.

Pourriez-vous me dire où en sont les prochaines étapes\u00a0?

Merci beaucoup, et bonne journée.

(Messagerie\u00a0: laissez votre nom, le poste, vos remerciements et votre numéro de téléphone, en moins de 30 secondes.)`,
    },
  },
};
