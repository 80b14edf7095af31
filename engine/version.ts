/** Engine version written into every report; bump with behaviour changes of checks or stages. */
export const ENGINE_VERSION = '0.1.0';
