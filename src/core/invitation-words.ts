/**
 * The words that make a message read like an interview invitation, in en/es/de/fr/pt. Narrower
 * than INTERVIEW_WORDS (interview-words.ts), which finds the interview's date among the dates of
 * a thread already known to be about one: here a "call" or a "meeting" is not enough to say so.
 */

/** The interview itself named: "interview", "phone screen", "entrevista", "Vorstellungsgespräch". */
export const INTERVIEW_NAMED =
  /(?<!\p{L})(?:interview\p{L}*|(?:phone|technical|recruiter) screen\p{L}*|screening call|entrevista\p{L}*|(?:vorstellungs|bewerbungs|kennenlern)gespräch\p{L}*|persönliche[nms]? gespräch\p{L}*|entretien\p{L}*)/iu;

/**
 * Asking for, or fixing, a time to meet: "invite", "would … work for you", "are you available",
 * "is scheduled for", "einladen", "passt Ihnen", "disponible", "le viene bien", "agendada".
 * Not "are you free" nor "let me know": friends ask that about dinner.
 */
export const INVITE_WORDS = new RegExp(
  [
    // en
    'invit',
    'schedul',
    'would [^.?!\\n]{0,60}work for you',
    'does [^.?!\\n]{0,40}work for you',
    'are you available',
    'be available',
    'availability',
    'confirm',
    'book(?:ed)? (?:a|for|in)',
    'time slot',
    'reminder',
    'is set for',
    'will take place',
    'looking forward to (?:meeting|speaking|talking)',
    'could we move',
    // es
    'convoca',
    'agend',
    'programa[dr]',
    'disponib',
    '(?:le|te) (?:viene|va) bien',
    'recordatorio',
    'tendrá lugar',
    // de
    'einlad',
    // "laden Sie … ein": the separable verb, split around its object.
    'laden [^?!\\n]{0,100}(?<!\\p{L})ein(?!\\p{L})',
    'einladung',
    '(?<!\\p{L})termin',
    'passt (?:ihnen|dir|es)',
    'verfügbar',
    'bestätig',
    'vereinbar',
    'erinnerung',
    'findet [^.?!\\n]{0,60}statt',
    // fr
    'convoc',
    'planifi',
    'programm[ée]',
    'conviendrait',
    'convient',
    'rappel',
    'aura lieu',
    // pt
    'convid',
    'convite',
    'marcad',
    'lembrete',
    'será realizad',
    'acontecerá',
  ].join('|'),
  'iu',
);

/** A "no": the application ends here, whatever date the message recalls. */
export const REJECTION_WORDS =
  /unfortunately|regret to|not (?:to )?(?:move|moving) forward|other candidates|decided not|lamentablemente|desafortunadamente|no seguir adelante|otros candidatos|leider|absage|anderen kandidat|malheureusement|ne pas donner suite|pas retenu|autres candidat|infelizmente|não seguir|outros candidatos/iu;

/** A job offer: the interviews are over. */
export const OFFER_WORDS =
  /offer letter|offer you the (?:position|role|job)|pleased to offer|carta de oferta|ofrecerle el puesto|oferta de (?:trabajo|empleo)|vertragsangebot|arbeitsvertrag|angebot für die stelle|proposition d['’]embauche|offre d['’]emploi (?:ci-jointe|pour le poste)|carta(?:-| )oferta|proposta de emprego|oferecer a vaga/iu;

/** Mail sent to many: job alerts, newsletters, webinars. */
export const BULK_WORDS =
  /unsubscribe|job alert|new jobs|jobs for you|recommended jobs|darse de baja|cancelar (?:la )?suscripción|alerta de empleo|nuevos empleos|abbestellen|abmelden|jobempfehlungen|neue jobs|stellenangebote für sie|désabonner|désinscri|alerte emploi|offres d['’]emploi pour vous|descadastr|cancelar inscrição|alerta de vagas|novas vagas/iu;

/** "Today" alone, or a week or a month: no day to meet on. */
export const VAGUE_DAY =
  /^\s*(?:today|tonight|hoy|heute|aujourd['’]hui|hoje)\s*$|week|month|semana|(?<!\p{L})mes(?!\p{L})|mês|woche|monat|semaine|mois/iu;

/** What leads to a deadline rather than a meeting: "by", "until", "bis", "d'ici", "até". */
export const DEADLINE_LEAD =
  /(?<!\p{L})(?:by|until|before|no later than|bis(?: zum)?|spätestens|avant(?: le)?|d['’]ici|au plus tard|antes del?|hasta el|até)\s*$/iu;
