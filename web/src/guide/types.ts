/** One turn of the conversation with the guide, as the guide panel shows it. */
export interface GuideMessage {
  id: string;
  role: 'guide' | 'user';
  text: string;
  /** ISO 8601. */
  at?: string;
}
