import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GuideMessage } from '../guide/types';
import { chooseVoice, type VoiceGender } from './choose-voice';
import { recognitionConstructor, recognitionErrorText, type SpeechRecognitionLike } from './speech-api';
import type { Listening, VoiceCall, VoiceStatus } from './types';

/** What the browser voice needs: the conversation, how to send a line, and the guide's language and voice. */
export interface BrowserVoiceOptions {
  messages: GuideMessage[];
  sendMessage: (text: string) => void | Promise<void>;
  /** BCP 47, the wizard's locale. */
  lang: string;
  gender?: VoiceGender;
  enabled: boolean;
}

/**
 * Voice with the browser's own speech recognition and synthesis, through the same chat messages as typing:
 * each final recognised phrase is sent with `sendMessage`, and every guide message that arrives during the
 * call is spoken with the installed voice closest to the guide's (see chooseVoice). Listening is continuous
 * (paused while the guide speaks, so it does not hear itself) or push-to-talk. Interim results are shown as
 * a live caption.
 */
export function useBrowserVoice(options: BrowserVoiceOptions): Omit<VoiceCall, 'mode' | 'unavailable'> {
  const { messages, sendMessage, lang, gender, enabled } = options;
  const [status, setStatus] = useState<VoiceStatus>('idle');
  const [speaking, setSpeaking] = useState<'you' | 'guide' | null>(null);
  const [muted, setMuted] = useState(false);
  const [listening, setListeningState] = useState<Listening>('continuous');
  const [caption, setCaption] = useState<string>();
  const [guideCaption, setGuideCaption] = useState<string>();
  const [error, setError] = useState<string>();
  const recognition = useRef<SpeechRecognitionLike | null>(null);
  const running = useRef(false);
  const state = useRef({ status, muted, listening, speaking });
  const spokenUpTo = useRef<string | null>(null);
  const send = useRef(sendMessage);
  // The handlers of the recogniser and of utterances read the latest values through these refs.
  useLayoutEffect(() => {
    state.current = { status, muted, listening, speaking };
    send.current = sendMessage;
  });

  const listen = useCallback(() => {
    const r = recognition.current;
    if (!r || running.current) return;
    try {
      r.start();
      running.current = true;
    } catch {
      // already started
    }
  }, []);

  const stopListening = useCallback(() => {
    if (!running.current) return;
    recognition.current?.stop();
  }, []);

  const start = useCallback(() => {
    const Recognition = recognitionConstructor();
    if (!Recognition || !enabled) return;
    const r = new Recognition();
    r.lang = lang;
    r.interimResults = true;
    r.continuous = true;
    r.onresult = (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i]!;
        const text = result[0].transcript.trim();
        if (result.isFinal) {
          if (text) void send.current(text);
          interim = '';
        } else interim += `${text} `;
      }
      setCaption(interim.trim() || undefined);
      setSpeaking(interim.trim() ? 'you' : null);
    };
    r.onerror = (event) => {
      if (event.error === 'no-speech' || event.error === 'aborted') return;
      setError(recognitionErrorText(event.error));
      setStatus('idle');
    };
    r.onend = () => {
      running.current = false;
      const s = state.current;
      if (s.status === 'active' && s.listening === 'continuous' && !s.muted && s.speaking !== 'guide')
        listen();
    };
    recognition.current = r;
    spokenUpTo.current = messages.at(-1)?.id ?? null;
    setError(undefined);
    setStatus('active');
    state.current.status = 'active';
    if (state.current.listening === 'continuous') listen();
  }, [enabled, lang, listen, messages]);

  const hangUp = useCallback(() => {
    setStatus('idle');
    state.current.status = 'idle';
    recognition.current?.abort();
    recognition.current = null;
    running.current = false;
    window.speechSynthesis?.cancel();
    setSpeaking(null);
    setCaption(undefined);
    setGuideCaption(undefined);
  }, []);

  useEffect(() => hangUp, [hangUp]);

  // Speak each guide message that arrives during the call.
  useEffect(() => {
    if (status !== 'active' || !window.speechSynthesis) return;
    const last = messages.at(-1);
    if (!last || last.id === spokenUpTo.current) return;
    const start = messages.findIndex((m) => m.id === spokenUpTo.current);
    spokenUpTo.current = last.id;
    const fresh = messages.slice(start + 1).filter((m) => m.role === 'guide');
    if (fresh.length === 0) return;
    const synth = window.speechSynthesis;
    const voice = chooseVoice(synth.getVoices(), { lang, gender });
    stopListening();
    setSpeaking('guide');
    state.current.speaking = 'guide';
    fresh.forEach((m, i) => {
      const utterance = new SpeechSynthesisUtterance(m.text);
      utterance.lang = voice?.lang ?? lang;
      if (voice) utterance.voice = voice;
      utterance.onstart = () => setGuideCaption(m.text);
      if (i === fresh.length - 1)
        utterance.onend = utterance.onerror = () => {
          setSpeaking(null);
          state.current.speaking = null;
          setGuideCaption(undefined);
          const s = state.current;
          if (s.status === 'active' && s.listening === 'continuous' && !s.muted) listen();
        };
      synth.speak(utterance);
    });
  }, [messages, status, lang, gender, listen, stopListening]);

  const toggleMute = useCallback(() => {
    setMuted((m) => {
      const next = !m;
      state.current.muted = next;
      if (next) stopListening();
      else if (state.current.listening === 'continuous' && state.current.speaking !== 'guide') listen();
      return next;
    });
  }, [listen, stopListening]);

  const setListening = useCallback(
    (mode: Listening) => {
      setListeningState(mode);
      state.current.listening = mode;
      if (mode === 'push-to-talk') stopListening();
      else if (state.current.status === 'active' && !state.current.muted) listen();
    },
    [listen, stopListening],
  );

  const talk = useCallback(
    (pressed: boolean) => {
      if (state.current.status !== 'active') return;
      if (pressed) {
        window.speechSynthesis?.cancel();
        listen();
      } else stopListening();
    },
    [listen, stopListening],
  );

  return {
    status,
    speaking,
    muted,
    listening,
    captions: { you: caption, guide: guideCaption },
    error,
    start,
    hangUp,
    toggleMute,
    setListening,
    talk,
  };
}
