# The same program with translation as a step of its own, for a Makefile
# that keeps its own compiler and wants the translated sources in view:
#
#   make -f translate.mk       with torcc and torc.pc where the system looks
#   PKG_CONFIG_PATH=/opt/torc/lib/pkgconfig \
#     make -f translate.mk TORCC=/opt/torc/bin/torcc
#
# torcc translates each x.c into x.torc.c, which keeps x.c's line numbers;
# mpicc compiles the translations and links them with the runtime, whose
# flags come from pkg-config. Each translation's dependency file lists the
# headers it read, so editing one translates again.
TORCC ?= torcc
MPICC ?= mpicc
CFLAGS ?= -O2 -Wall
TORC_CFLAGS := $(shell pkg-config --cflags torc)
TORC_LIBS := $(shell pkg-config --libs torc)
ifeq ($(TORC_LIBS),)
$(error pkg-config does not find torc; set PKG_CONFIG_PATH to the lib/pkgconfig directory of torc's prefix)
endif

OBJS = main.torc.o stencil.torc.o

heat: $(OBJS)
	$(MPICC) $(CFLAGS) $(LDFLAGS) $(OBJS) -o $@ $(TORC_LIBS) $(LDLIBS)

%.torc.c: %.c
	$(TORCC) $< -o $@ -- $(CPPFLAGS) -MD -MF $@.d -MT $@

%.torc.o: %.torc.c
	$(MPICC) $(CFLAGS) $(CPPFLAGS) $(TORC_CFLAGS) -c $< -o $@

clean:
	rm -f heat $(OBJS) $(OBJS:.o=.c) $(OBJS:.o=.c.d)

.PHONY: clean
.SECONDARY: $(OBJS:.o=.c)

-include $(OBJS:.o=.c.d)
