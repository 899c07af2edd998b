import type { LanguagePack } from '../language-pack';

/*
 * Escritas de nuevo en español, con los consejos de la guía: agradecer el tiempo, mencionar algo
 * de la conversación, destacar una cualificación, preguntar por los próximos pasos y reiterar el
 * interés. Breves, concretas y corteses; de usted, como corresponde a quien entrevista.
 */
export const ES: LanguagePack = {
  prompts: {
    firstName: '[nombre de quien te entrevistó]',
    interviewerName: '[nombre completo de quien te entrevistó]',
    company: '[empresa]',
    role: '[puesto]',
    weekday: '[día de la entrevista]',
    date: '[fecha de la entrevista]',
    topic: '[tema de la conversación que te gustó]',
    qualification: '[una cualificación que quieras destacar]',
    myName: '[tu nombre]',
    signature: '[tu firma]',
  },
  templates: {
    thankYou: {
      name: 'Mensaje de agradecimiento',
      subject: 'Gracias por su tiempo, {firstName}',
      body: `Hola, {firstName}:

Muchas gracias por dedicarme su tiempo el {weekday} para hablar del puesto de {role} en {company}. Disfruté especialmente de nuestra conversación sobre {topic}.

También quería destacar {qualification}, que creo que me permitiría aportar al equipo desde el primer momento.

¿Podría indicarme cuáles son los próximos pasos del proceso? El puesto me interesa mucho y me encantaría incorporarme a {company}.

Un cordial saludo,
{myName}`,
    },
    thankYouCard: {
      name: 'Tarjeta de agradecimiento',
      subject: '',
      body: `Hola, {firstName}:

Gracias por recibirme el {date} para hablar del puesto de {role}. Disfruté mucho de nuestra conversación sobre {topic} y me ilusiona la posibilidad de formar parte de {company}.

Con mi agradecimiento,
{myName}`,
    },
    checkIn: {
      name: 'Consulta',
      subject: 'Seguimiento de mi candidatura al puesto de {role}',
      body: `Hola, {firstName}:

Espero que esté teniendo una buena semana. Le escribo en relación con la entrevista del {date} para el puesto de {role} en {company}. ¿Hay alguna novedad sobre el proceso de selección o sobre los plazos de los próximos pasos?

El puesto me sigue interesando mucho y con gusto le envío cualquier información adicional que pueda serle útil.

Gracias de nuevo por su tiempo,
{myName}`,
    },
    secondCheckIn: {
      name: 'Segunda consulta',
      subject: 'Consulta sobre el puesto de {role}',
      body: `Hola, {firstName}:

Le escribo de nuevo en relación con el puesto de {role} en {company}. Entiendo que estas decisiones llevan su tiempo y le agradecería mucho cualquier novedad sobre el estado del proceso.

Mi interés por el puesto y por el trabajo de su equipo sigue intacto.

Un cordial saludo,
{myName}`,
    },
    feedback: {
      name: 'Petición de comentarios',
      subject: 'Gracias, y una petición de comentarios',
      body: `Hola, {firstName}:

Gracias por comunicármelo y por el tiempo que usted y el equipo me dedicaron durante el proceso para el puesto de {role}. Fue un placer conocer {company} más de cerca.

Si dispone de unos minutos, le agradecería mucho cualquier comentario sobre mi entrevista: ¿hay algo que podría haber hecho mejor o alguna competencia que debería reforzar?

Me encantaría que me tuvieran en cuenta para futuras vacantes. Les deseo a usted y a su equipo todo lo mejor.

Un saludo cordial,
{myName}`,
    },
    closingNote: {
      name: 'Nota de cierre',
      subject: 'Retiro mi candidatura al puesto de {role}',
      body: `Hola, {firstName}:

Gracias de nuevo por el tiempo que usted y el equipo me dedicaron en el proceso para el puesto de {role} en {company}. He decidido retirar mi candidatura para centrarme en otras oportunidades.

Ha sido un placer conocer {company} y espero que nuestros caminos vuelvan a cruzarse. Les deseo a usted y a su equipo todo lo mejor.

Un saludo cordial,
{myName}`,
    },
    phoneScript: {
      name: 'Guion para una llamada',
      subject: '',
      body: `Hola, {firstName}, soy {myName}. Hablamos el {weekday} sobre el puesto de {role} en {company}.

Le llamo para agradecerle su tiempo. Disfruté de nuestra conversación sobre {topic} y el puesto me sigue interesando mucho.

¿Podría contarme algo sobre los próximos pasos?

Muchas gracias y que tenga un buen día.

(Buzón de voz: deja tu nombre, el puesto, tu agradecimiento y tu número de teléfono, en menos de 30 segundos).`,
    },
  },
};
