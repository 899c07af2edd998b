import type { LanguagePack } from '../language-pack';

/*
 * Reescritos em português do Brasil a partir das dicas do guia: agradecer pelo tempo, citar algo
 * da conversa, destacar uma qualificação, perguntar pelos próximos passos e reforçar o interesse.
 * Curtos, específicos e cordiais; tratando por "você", como é comum no Brasil.
 */
export const PT_BR: LanguagePack = {
  prompts: {
    firstName: '[primeiro nome de quem entrevistou você]',
    interviewerName: '[nome de quem entrevistou você]',
    company: '[empresa]',
    role: '[vaga]',
    weekday: '[dia da entrevista]',
    date: '[data da entrevista]',
    topic: '[assunto da conversa de que você gostou]',
    qualification: '[uma qualificação a destacar]',
    myName: '[seu nome]',
    signature: '[sua assinatura]',
  },
  templates: {
    thankYou: {
      name: 'Mensagem de agradecimento',
      subject: 'Agradeço pelo seu tempo, {firstName}',
      body: `Olá, {firstName},

Agradeço muito por conversar comigo na {weekday} sobre a vaga de {role} na {company}. Gostei especialmente da nossa conversa sobre {topic}.

Também gostaria de destacar {qualification}, que acredito que me permitiria contribuir rapidamente com o time.

Você poderia me dizer quais são os próximos passos do processo? Tenho muito interesse na vaga e ficaria muito feliz em fazer parte da {company}.

Atenciosamente,
{myName}`,
    },
    thankYouCard: {
      name: 'Cartão de agradecimento',
      subject: '',
      body: `Olá, {firstName},

Agradeço por me receber no dia {date} para conversarmos sobre a vaga de {role}. Gostei muito da nossa conversa sobre {topic} e ficaria muito feliz em fazer parte da {company}.

Com gratidão,
{myName}`,
    },
    checkIn: {
      name: 'Consulta',
      subject: 'Acompanhamento da vaga de {role}',
      body: `Olá, {firstName},

Espero que sua semana esteja indo bem. Escrevo para dar continuidade à nossa entrevista do dia {date} para a vaga de {role} na {company}. Há alguma novidade sobre o processo seletivo ou sobre o prazo dos próximos passos?

Continuo com muito interesse na vaga e posso enviar qualquer informação adicional que ajude.

Agradeço mais uma vez pelo seu tempo,
{myName}`,
    },
    secondCheckIn: {
      name: 'Segunda consulta',
      subject: 'Retomando o contato: vaga de {role}',
      body: `Olá, {firstName},

Escrevo mais uma vez sobre a vaga de {role} na {company}. Entendo que essas decisões levam tempo e agradeceria muito qualquer atualização sobre o andamento do processo.

Mantenho o meu interesse na vaga e no trabalho da sua equipe.

Atenciosamente,
{myName}`,
    },
    feedback: {
      name: 'Pedido de feedback',
      subject: 'Agradecimento e um pedido de feedback',
      body: `Olá, {firstName},

Agradeço por me avisar e pelo tempo que você e a equipe dedicaram a mim no processo para a vaga de {role}. Foi um prazer conhecer melhor a {company}.

Se tiver alguns minutos, eu agradeceria muito um feedback sobre a minha entrevista: há algo que eu poderia ter feito melhor, ou alguma competência que eu deveria desenvolver?

Tenho interesse em futuras oportunidades na empresa. Desejo tudo de bom a você e à equipe.

Um abraço,
{myName}`,
    },
    closingNote: {
      name: 'Mensagem de encerramento',
      subject: 'Desistência do processo para a vaga de {role}',
      body: `Olá, {firstName},

Agradeço mais uma vez pelo tempo que você e a equipe dedicaram a mim no processo para a vaga de {role} na {company}. Decidi me retirar do processo para me dedicar a outras oportunidades.

Foi um prazer conhecer a {company}, e espero que nossos caminhos se cruzem novamente. Desejo tudo de bom a você e à equipe.

Um abraço,
{myName}`,
    },
    phoneScript: {
      name: 'Roteiro de ligação',
      subject: '',
      body: `Olá, {firstName}, aqui é {myName}. Conversamos na {weekday} sobre a vaga de {role} na {company}.

Estou ligando para agradecer pelo seu tempo. Gostei da nossa conversa sobre {topic} e continuo com muito interesse na vaga.

Você poderia me contar algo sobre os próximos passos?

Agradeço muito e tenha um ótimo dia.

(Caixa postal: deixe seu nome, a vaga, seu agradecimento e seu telefone, em menos de 30 segundos.)`,
    },
  },
};
