#ifndef MUJUN_CXLSXWRITER_SHIM_H
#define MUJUN_CXLSXWRITER_SHIM_H

/* libxlsxwriter (Debian: libxlsxwriter-dev): workbooks, worksheets, formats
   and the error codes with their text (lxw_strerror). */
#include <xlsxwriter.h>

#endif
