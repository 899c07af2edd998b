/** Words next to an interview's date, in en/es/de/fr/pt. */
export const INTERVIEW_WORDS =
  /interview|meet|call|chat|scheduled|confirm|invite|speak|talk|video|onsite|on-site|entrevista|reuni[oó]n|reunião|llamada|videollamada|chamada|videochamada|conversa|charla|gespräch|(?<!\p{L})termin|telefonat|treffen|entretien|rendez-vous|appel|visio|échange|rencontr/iu;

/**
 * "We'll get back to you by Friday" and its kin: a promise to decide, then the word that leads
 * to the date ("by", "antes del", "bis", "d'ici", "até").
 */
const DECISION_PHRASE = [
  'get back to you',
  'back to you',
  'a decision',
  'decide',
  'hear from us',
  'let you know',
  'update you',
  'next steps',
  // es
  'una respuesta',
  'responderemos',
  'le informaremos',
  'te informaremos',
  'noticias nuestras',
  'nos pondremos en contacto',
  'una decisión',
  // de
  'melden uns',
  'melde mich',
  'rückmeldung',
  'bescheid',
  'entscheidung',
  'geben ihnen',
  'hören von uns',
  // fr
  'reviendrons vers vous',
  'reviendrai vers vous',
  'recontacterons',
  'une réponse',
  'une décision',
  'vous tiendrons informée?',
  // pt
  'retornaremos',
  'daremos um retorno',
  'um retorno',
  'uma resposta',
  'uma decisão',
  'entraremos em contato',
].join('|');
const DECISION_LEAD =
  "by|on|before|until|antes del?|hasta el|para el|el|bis|am|spätestens|vor|d['’]ici|avant|au plus tard|le|pour|até|antes de|na|no";
export const DECISION_WORDS = new RegExp(
  `(${DECISION_PHRASE})[^.\\n]{0,40}?(?<!\\p{L})(${DECISION_LEAD})(?!\\p{L})`,
  'giu',
);
