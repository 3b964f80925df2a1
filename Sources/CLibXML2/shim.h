#ifndef MUJUN_CLIBXML2_SHIM_H
#define MUJUN_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, and encoding.h then includes the
   system's ICU headers, whose UErrorCode clashes with the copy inside
   Foundation ("'UErrorCode' has different definitions in different
   modules") in any module that sees both. Nothing here touches the ICU
   members of xmlCharEncodingHandler (only pointers to it pass through), so
   hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function pointer; Swift 6 refuses to read shared
   mutable state, so free through this wrapper. */
static inline void mujun_xmlFree(void *p) { xmlFree(p); }

/* The parser context's current input, for positions during SAX callbacks. */
static inline const xmlChar *mujun_inputCur(xmlParserCtxtPtr ctxt) {
  return (ctxt && ctxt->input) ? ctxt->input->cur : NULL;
}
static inline const xmlChar *mujun_inputBase(xmlParserCtxtPtr ctxt) {
  return (ctxt && ctxt->input) ? ctxt->input->base : NULL;
}
static inline int mujun_inputLine(xmlParserCtxtPtr ctxt) {
  return (ctxt && ctxt->input) ? ctxt->input->line : 0;
}
static inline int mujun_inputCol(xmlParserCtxtPtr ctxt) {
  return (ctxt && ctxt->input) ? ctxt->input->col : 0;
}
static inline void *mujun_ctxtPrivate(xmlParserCtxtPtr ctxt) {
  return ctxt ? ctxt->_private : NULL;
}
static inline void mujun_setCtxtPrivate(xmlParserCtxtPtr ctxt, void *p) {
  if (ctxt) ctxt->_private = p;
}
static inline int mujun_wellFormed(xmlParserCtxtPtr ctxt) {
  return ctxt ? ctxt->wellFormed : 0;
}
/* Bytes pushed but not yet parsed. */
static inline long mujun_inputRemaining(xmlParserCtxtPtr ctxt) {
  return (ctxt && ctxt->input && ctxt->input->cur && ctxt->input->end)
             ? (long)(ctxt->input->end - ctxt->input->cur)
             : -1;
}
/* Moves the position libxml2 counts from (a chunk of a file parsed on its
   own starts where it starts in the file). */
static inline void mujun_setInputPosition(xmlParserCtxtPtr ctxt, int line, int col) {
  if (ctxt && ctxt->input) {
    ctxt->input->line = line;
    ctxt->input->col = col;
  }
}
/* The unparsed bytes pushed so far end here (with inputCur: what a parser
   that stops at an error has not read yet). */
static inline const xmlChar *mujun_inputEnd(xmlParserCtxtPtr ctxt) {
  return (ctxt && ctxt->input) ? ctxt->input->end : NULL;
}
/* True when the parser converts its input from another encoding (its
   positions are then not the file's bytes). */
static inline int mujun_hasEncoder(xmlParserCtxtPtr ctxt) {
  return (ctxt && ctxt->input && ctxt->input->buf && ctxt->input->buf->encoder) ? 1 : 0;
}
static inline void mujun_stopParser(xmlParserCtxtPtr ctxt) { xmlStopParser(ctxt); }

#endif
