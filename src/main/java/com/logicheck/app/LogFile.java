package com.logicheck.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * 日志文件: the file a user can send when something went wrong (ADR 0030), {@code <data folder>/logs/logicheck.log}.
 * Warnings and errors go there with their stack traces (the console shows one line each); it rolls over at 5 MB and
 * keeps 4 older files ({@code logicheck.1.log} … {@code logicheck.4.log}), so it never takes more than 25 MB. The
 * file is created with the first line written, so a command that logs nothing leaves no trace in the folder.
 */
final class LogFile {
    static final String APPENDER = "DATA_FOLDER_LOG";
    static final String MAX_FILE_SIZE = "5MB";
    static final int OLDER_FILES = 4;

    private LogFile() {
    }

    /** Where the data folder {@code dataDir} keeps its log file. */
    static Path of(Path dataDir) {
        return dataDir.resolve("logs").resolve("logicheck.log");
    }

    /**
     * From now on, warnings and errors also go to {@code dataDir}'s log file, instead of a previously installed data
     * folder's. Returns the log file; does nothing else when the logging back end is not logback.
     */
    static synchronized Path install(Path dataDir) {
        Path file = of(dataDir.toAbsolutePath());
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof StartedOnFirstLine old) {
            if (old.path.equals(file)) {
                return file;
            }
            root.detachAppender(old);
            old.stop();
        }
        StartedOnFirstLine appender = new StartedOnFirstLine(rolling(context, file), file);
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.start();
        root.addAppender(appender);
        return file;
    }

    /** Stops writing to any data folder's log file (tests, after their folder is gone). */
    static synchronized void remove() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            if (root.getAppender(APPENDER) instanceof StartedOnFirstLine old) {
                root.detachAppender(old);
                old.stop();
            }
        }
    }

    private static RollingFileAppender<ILoggingEvent> rolling(LoggerContext context, Path file) {
        RollingFileAppender<ILoggingEvent> out = new RollingFileAppender<>();
        out.setContext(context);
        out.setName(APPENDER + "-file");
        out.setFile(file.toString());
        FixedWindowRollingPolicy window = new FixedWindowRollingPolicy();
        window.setContext(context);
        window.setParent(out);
        window.setFileNamePattern(file.resolveSibling("logicheck.%i.log").toString());
        window.setMinIndex(1);
        window.setMaxIndex(OLDER_FILES);
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        out.setRollingPolicy(window);
        out.setTriggeringPolicy(size);
        out.setEncoder(encoder);
        window.start();
        size.start();
        encoder.start();
        return out;
    }

    /** Opens (and creates) the file only when the first line is written. */
    private static final class StartedOnFirstLine extends AppenderBase<ILoggingEvent> {
        private final RollingFileAppender<ILoggingEvent> file;
        private final Path path;

        StartedOnFirstLine(RollingFileAppender<ILoggingEvent> file, Path path) {
            this.file = file;
            this.path = path;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (!file.isStarted()) {
                file.start();
            }
            file.doAppend(event);
        }

        @Override
        public void stop() {
            file.stop();
            super.stop();
        }
    }
}
