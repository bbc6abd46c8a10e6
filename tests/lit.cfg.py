# The lit configuration of torcc's test suite.
#
# Substitutions, so that tests never hard-code a path:
#   %torcc       the torcc command of this build
#   %mpirun      mpirun allowed to oversubscribe (and to run as root)
#   %mpiexec     the MPI launcher alone, for tests that set everything
#   %mpirun-hosts [--hosts N] ...
#                mpirun with each process on a simulated host of its own,
#                with its own daemon and no shared memory between them
#                (tests/tools/mpirun-hosts); tests pass TORC_* variables
#                with -x, as a real cluster's remote daemons need
#   %run-matrix  translates a program, builds it both with torcc and as the
#                plain sequential program, and compares its output in every
#                processes x workers configuration (tests/tools/run-matrix)
#   %expect-status STATUS BINARY -- COMMAND
#                runs COMMAND and fails unless it ends with exactly STATUS,
#                within a time limit, leaving no process of BINARY behind
#                (tests/tools/expect-status.py)
#   %unit-bin    the directory of the runtime's unit-test programs
#   %torcc-unit-bin
#                the directory of the translator's unit-test programs
#   %seq-cc      the plain sequential build command (pragmas ignored)
#   %samples     the samples/ directory
#   %torc-build  the build directory (for tools that take it)
#   %torc-source the source tree
#   %torc-trace-plot
#                tools/torc-trace-plot of the source tree, run by the
#                Python that runs lit
#   %torcc-fuzz  the libFuzzer target, when the site configuration names a
#                built one; tests that use it say REQUIRES: torcc-fuzz
#   %tsan-bin    the runtime unit tests built with ThreadSanitizer, when
#                the site configuration names them (REQUIRES: tsan-build)
#   %asan-bin    the same with AddressSanitizer and UBSan (asan-build)
#   %valgrind    valgrind, with Open MPI's own suppression file when the MPI
#                installation ships one; tests that use it say
#                REQUIRES: valgrind
#   %memcheck    valgrind's memcheck with the suite's options and
#                suppressions (sanitizers/memcheck.test)
import os
import subprocess
import shutil
import sys

import lit.formats

if not hasattr(config, "torc_binary_dir"):
    # lit was given a path in the source tree. build/run-tests passes the
    # build's site configuration, which sets the paths and runs this file
    # again; without it there is no build to test.
    site = lit_config.params.get("torc_site")
    if site is None:
        lit_config.fatal("run the tests through build/run-tests, or point lit "
                         "at build/tests")
    lit_config.load_config(config, site)
else:

    config.name = "torcc"
    config.test_format = lit.formats.ShTest(execute_external=True)
    config.suffixes = [".c", ".test"]
    config.excludes = ["Inputs", "tools", "lit.cfg.py", "lit.site.cfg.py",
                       "CMakeLists.txt"]
    config.test_source_root = os.path.dirname(__file__)
    config.test_exec_root = os.path.join(config.torc_binary_dir, "tests")

    # FileCheck, not and friends come from LLVM; the build's tools come first.
    path = [config.torc_tools_dir, config.llvm_tools_dir,
            config.environment.get("PATH", os.environ.get("PATH", ""))]
    config.environment["PATH"] = os.pathsep.join(path)

    # Open MPI refuses to run as root without these, and more processes than
    # cores is the normal case on small machines.
    for var in ("OMPI_ALLOW_RUN_AS_ROOT", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM",
                "OMPI_MCA_rmaps_base_oversubscribe"):
        config.environment[var] = "1"
    # Every process of a test runs on this machine, so MPI's TCP traffic,
    # its own and the launcher's, stays on the loopback interface.
    for var in ("OMPI_MCA_btl_tcp_if_include", "OMPI_MCA_oob_tcp_if_include"):
        config.environment[var] = "lo"
    for var in ("HOME", "TMPDIR", "USER"):
        if var in os.environ:
            config.environment[var] = os.environ[var]
    # Tests choose their own runtime settings; an outer TORC_* must not leak in.
    for var in list(config.environment):
        if var.startswith("TORC_"):
            del config.environment[var]

    # Each test's mpirun keeps Open MPI's session directory under a
    # temporary directory of the test's own: concurrent mpiruns sharing one
    # race to create and remove it, and one of them fails to start.
    mpirun = "env TMPDIR=%%t.mpi-tmp %s --oversubscribe --allow-run-as-root" \
        % config.mpiexec
    python = shutil.which("python3") or "python3"
    seq_cc = "%s -O2 -Wno-unknown-pragmas -I%s" % (config.mpicc,
                                                    config.torc_include_dir)

    # The checker builds: used when built and brought up to date by
    # run-tests (which names any it could not rebuild), else their tests
    # are skipped, with a note saying why.
    unusable = lit_config.params.get("torc_unusable", "").split(os.pathsep)

    def checker(what, path, binary, feature, substitution):
        """`path` is what the site configuration names (a directory of
        test programs, or a program) and `binary` a program it holds."""
        if path and path not in unusable and os.access(binary, os.X_OK):
            config.available_features.add(feature)
            config.substitutions.append((substitution, path))
            return
        why = "could not be rebuilt" if path and path in unusable \
            else "is not built"
        lit_config.note("the %s %s; the tests that need it are skipped "
                        "(bash .ci/setup --checkers builds it)" % (what, why))

    # Before %torcc, which is a prefix of it.
    for kind, sanitizer in (("tsan", "ThreadSanitizer"),
                            ("asan", "AddressSanitizer")):
        tests = getattr(config, "torc_%s_test_dir" % kind, "")
        checker("runtime's tests under " + sanitizer, tests,
                os.path.join(tests, "test-fib"), kind + "-build",
                "%%%s-bin" % kind)
    fuzzer = getattr(config, "torc_fuzzer", "")
    checker("translator's fuzzer", fuzzer, fuzzer, "torcc-fuzz",
            "%torcc-fuzz")
    valgrind = shutil.which("valgrind")
    if valgrind:
        config.available_features.add("valgrind")
        # Open MPI installs suppressions for its own reports beside its help
        # files, in <prefix>/share/openmpi.
        prefix = os.path.dirname(os.path.dirname(os.path.realpath(
            config.mpiexec)))
        ompi_supp = os.path.join(prefix, "share", "openmpi",
                                 "openmpi-valgrind.supp")
        if os.path.isfile(ompi_supp):
            valgrind += " --suppressions=" + ompi_supp
        config.substitutions.append(("%valgrind", valgrind))
        # memcheck as the suite runs it: any error, and any definite,
        # indirect or possible leak, makes the process exit with 97 (see
        # sanitizers/memcheck.test for the options' reasons).
        memcheck_supp = os.path.join(config.test_source_root, "sanitizers",
                                     "memcheck.supp")
        config.substitutions.append(("%memcheck", " ".join([
            valgrind, "--tool=memcheck", "-q", "--error-exitcode=97",
            "--leak-check=full",
            "--show-leak-kinds=definite,indirect,possible",
            "--errors-for-leak-kinds=definite,indirect,possible",
            "--keep-debuginfo=yes", "--num-callers=50",
            "--suppressions=" + memcheck_supp])))
    # Before %torcc, which is a prefix of it.
    config.substitutions.append(("%torcc-unit-bin", os.path.join(
        config.torc_binary_dir, "tests", "unit", "bin")))
    config.substitutions.append(("%torcc", os.path.join(config.torc_tools_dir,
                                                        "torcc")))
    # Before %mpirun, which is a prefix of it.
    config.substitutions.append(("%mpirun-hosts", os.path.join(
        config.torc_source_dir, "tests", "tools", "mpirun-hosts")))
    config.substitutions.append(("%mpirun", mpirun))
    config.substitutions.append(("%mpiexec", config.mpiexec))
    config.substitutions.append(("%unit-bin", os.path.join(
        config.torc_binary_dir, "tests", "runtime", "bin")))
    config.substitutions.append(("%seq-cc", seq_cc))
    config.substitutions.append((
        "%run-matrix",
        "%s %s --torcc %s --include-dir %s --library %s" % (
            python, os.path.join(config.torc_source_dir, "tests", "tools",
                                 "run-matrix"),
            os.path.join(config.torc_tools_dir, "torcc"),
            config.torc_include_dir,
            os.path.join(config.torc_lib_dir, "libtorc.a"))))
    config.substitutions.append(("%samples", os.path.join(
        config.torc_source_dir, "samples")))
    config.substitutions.append(("%torc-build", config.torc_binary_dir))
    config.substitutions.append(("%torc-source", config.torc_source_dir))
    # The Python running lit, not the first python3 on PATH: build/run-tests
    # chose it for having Debian's python3-psutil, and Debian's
    # python3-matplotlib, which the script needs, is installed for the same
    # interpreter.
    config.substitutions.append(("%torc-trace-plot", "%s %s" % (
        sys.executable, os.path.join(config.torc_source_dir, "tools",
                                     "torc-trace-plot"))))
    # The relocated-install test hides the source and build trees in a mount
    # namespace of its own, which needs root (as in CI) or user namespaces.
    if subprocess.run(["unshare", "-m", "true"], stdout=subprocess.DEVNULL,
                      stderr=subprocess.DEVNULL).returncode == 0:
        config.available_features.add("mount-namespace")
    config.substitutions.append(("%expect-status", "%s %s" % (
        python, os.path.join(config.torc_source_dir, "tests", "tools",
                             "expect-status.py"))))
