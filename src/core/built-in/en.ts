import type { LanguagePack } from '../language-pack';
import { ENGLISH_PROMPTS } from '../placeholders';

/*
 * Written from the guide ("How and when to follow up after an interview"): thank the interviewer
 * for their time, mention something you enjoyed, highlight a qualification, ask about next steps,
 * express continued interest. Brief, polite, genuine.
 */
export const EN: LanguagePack = {
  prompts: ENGLISH_PROMPTS,
  templates: {
    thankYou: {
      name: 'Thank-you note',
      subject: 'Thank you for your time, {firstName}',
      body: `Hi {firstName},

Thank you for taking the time to talk with me on {weekday} about the {role} role at {company}. I especially enjoyed our conversation about {topic}.

I also wanted to highlight {qualification}, which I believe would help me contribute to the team quickly.

Could you let me know what the next steps in the process are? I'm very interested in the role and would be glad to join {company}.

Best regards,
{myName}`,
    },
    thankYouCard: {
      name: 'Thank-you card',
      subject: '',
      body: `Dear {firstName},

Thank you for meeting with me on {date} about the {role} role. I enjoyed our conversation about {topic}, and I'm excited about the chance to join {company}.

With appreciation,
{myName}`,
    },
    checkIn: {
      name: 'Check-in',
      subject: 'Following up on the {role} position',
      body: `Hi {firstName},

I hope your week is going well. I'm following up on our interview on {date} for the {role} position at {company}. Is there any update on the hiring process or the timeline for next steps?

I'm still very interested in the role, and I'm happy to send anything else that would help.

Thank you again for your time,
{myName}`,
    },
    secondCheckIn: {
      name: 'Second check-in',
      subject: 'Checking in: {role} position',
      body: `Hi {firstName},

I wanted to check in once more about the {role} position at {company}. I understand these decisions take time, and I would appreciate any update on where things stand.

I remain interested in the role and in the work your team is doing.

Best regards,
{myName}`,
    },
    feedback: {
      name: 'Feedback request',
      subject: 'Thank you, and a request for feedback',
      body: `Hi {firstName},

Thank you for letting me know, and for the time you and the team spent with me on the {role} position. I enjoyed learning about {company}.

If you have a few minutes, I would be grateful for any feedback on my interview: is there anything I could do better, or a skill I should strengthen?

I would be glad to be considered for future openings. I wish you and the team all the best.

Kind regards,
{myName}`,
    },
    closingNote: {
      name: 'Closing note',
      subject: 'Withdrawing from the {role} process',
      body: `Hi {firstName},

Thank you again for the time you and the team spent with me on the {role} position at {company}. I have decided to withdraw from the process and move on to other opportunities.

I enjoyed learning about {company}, and I hope our paths cross again. I wish you and the team all the best.

Kind regards,
{myName}`,
    },
    phoneScript: {
      name: 'Phone call script',
      subject: '',
      body: `Hi {firstName}, this is {myName}. We spoke on {weekday} about the {role} position at {company}.

I'm calling to thank you for your time. I enjoyed our conversation about {topic}, and I'm still very interested in the role.

Is there anything you can share about the next steps?

Thank you, have a good day.

(Voicemail: leave your name, the role, your thanks and your phone number, and keep it under 30 seconds.)`,
    },
  },
};
