/** The parts of the Web Speech API the browser voice uses (not in TypeScript's DOM types everywhere). */
export interface SpeechRecognitionLike extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((event: SpeechResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
}

/** A recognition result event: results from `resultIndex` on are new. */
export interface SpeechResultEvent {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
}

type RecognitionConstructor = new () => SpeechRecognitionLike;

/** The browser's speech recognition constructor (standard or webkit-prefixed), or null where there is none. */
export function recognitionConstructor(): RecognitionConstructor | null {
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** Error codes of the Web Speech API in words. */
export function recognitionErrorText(code: string): string {
  switch (code) {
    case 'not-allowed':
    case 'service-not-allowed':
      return 'the microphone is blocked: allow it for this site in the browser, then try again';
    case 'audio-capture':
      return 'no microphone was found';
    case 'network':
      return "the browser's speech service cannot be reached; type your answers instead";
    default:
      return `speech recognition stopped (${code}); type your answers instead`;
  }
}
