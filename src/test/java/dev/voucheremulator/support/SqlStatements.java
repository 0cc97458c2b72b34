package dev.voucheremulator.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every SQL statement the application sends, whoever sends it (Hibernate, Spring Data native
 * queries, JdbcClient): the DataSource is wrapped in a datasource-proxy that reports each execution
 * here. A JDBC batch counts one statement per batched entry, so batching does not hide work.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    /** One executed statement and the thread that sent it. */
    public record Statement(String thread, String sql) {
    }

    private final List<Statement> recorded = new CopyOnWriteArrayList<>();

    @Bean
    static BeanPostProcessor sqlStatementsDataSourceProxy(SqlStatements statements) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(name, dataSource).listener(statements.listener()).build();
                }
                return bean;
            }
        };
    }

    public void clear() {
        recorded.clear();
    }

    /** What the server's request threads sent since {@link #clear()}; scheduled jobs are left out. */
    public List<Statement> ofRequests() {
        return recorded.stream().filter(s -> s.thread().startsWith("http-nio")).toList();
    }

    /** What the calling thread sent since {@link #clear()}. */
    public List<Statement> ofThisThread() {
        String thread = Thread.currentThread().getName();
        return recorded.stream().filter(s -> s.thread().equals(thread)).toList();
    }

    private QueryExecutionListener listener() {
        return new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                String thread = Thread.currentThread().getName();
                List<Statement> sent = new ArrayList<>();
                for (QueryInfo query : queries) {
                    int times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
                    for (int i = 0; i < times; i++) {
                        sent.add(new Statement(thread, query.getQuery()));
                    }
                }
                recorded.addAll(sent);
            }
        };
    }
}
